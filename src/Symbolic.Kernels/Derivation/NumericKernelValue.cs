namespace Symbolic.Kernels.Derivation;

/// <summary>
/// Kernel values at one t = ⟨x, z⟩ on the sphere, raw and normalised (K/√(K(x, x)K(z, z)), so K(x, x) = 1), with the
/// largest quadrature error estimate met on the way (0 when every dual was closed form).
/// </summary>
/// <param name="T">t.</param>
/// <param name="Nngp">Σ(t).</param>
/// <param name="Ntk">Θ(t).</param>
/// <param name="NngpDiagonal">Σ(1) = Σ(x, x).</param>
/// <param name="NtkDiagonal">Θ(1) = Θ(x, x).</param>
/// <param name="QuadratureError">Largest |Qₙ − Q₂ₙ| of any numeric dual (not a propagated bound).</param>
public sealed record NumericKernelValue(double T, double Nngp, double Ntk, double NngpDiagonal, double NtkDiagonal, double QuadratureError)
{
    /// <summary>Σ(t)/Σ(1).</summary>
    public double NormalizedNngp => Nngp / NngpDiagonal;

    /// <summary>Θ(t)/Θ(1) (NaN when Θ(1) = 0: no trained layer).</summary>
    public double NormalizedNtk => NtkDiagonal == 0 ? double.NaN : Ntk / NtkDiagonal;

    /// <summary>The value of <paramref name="kind"/>, raw or normalised.</summary>
    public double Select(KernelKind kind, bool normalized) => (kind, normalized) switch
    {
        (KernelKind.Nngp, false) => Nngp,
        (KernelKind.Nngp, true) => NormalizedNngp,
        (KernelKind.Ntk, false) => Ntk,
        _ => NormalizedNtk,
    };
}
