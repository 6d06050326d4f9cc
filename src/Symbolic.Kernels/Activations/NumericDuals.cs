namespace Symbolic.Kernels.Activations;

/// <summary>
/// The dual D = c_φ·E[φ(u)φ(v)] and derivative dual Ḋ = c_φ·E[φ′(u)φ′(v)] as doubles, with the estimated absolute error of
/// each (0 for closed forms; |Qₙ − Q₂ₙ| for Gauss–Hermite quadrature).
/// </summary>
/// <param name="Dual">D(c, a, b).</param>
/// <param name="DerivativeDual">Ḋ(c, a, b).</param>
/// <param name="DualError">Estimated absolute error of <paramref name="Dual"/>.</param>
/// <param name="DerivativeDualError">Estimated absolute error of <paramref name="DerivativeDual"/>.</param>
public readonly record struct NumericDuals(double Dual, double DerivativeDual, double DualError = 0, double DerivativeDualError = 0)
{
    /// <summary>The larger of the two error estimates.</summary>
    public double MaxError => Math.Max(DualError, DerivativeDualError);
}
