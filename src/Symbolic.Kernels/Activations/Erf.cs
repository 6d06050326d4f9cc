using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// φ(z) = erf(z) with c_φ = 1 (Williams 1997, arcsine form): with S² = (1 + 2a)(1 + 2b),
/// D = E[erf(u)erf(v)] = (2/π)·asin(2c/S) and Ḋ = E[φ′(u)φ′(v)] = (4/π)/√(S² − 4c²).
/// On the diagonal D = (2/π)·asin(2a/(1 + 2a)) and Ḋ = (4/π)/√(1 + 4a). Price's identity ∂D/∂c = Ḋ holds.
/// |2c/S| &lt; 1 always (Cauchy–Schwarz), so no guard is needed.
/// </summary>
public sealed record Erf : ClosedFormActivation
{
    /// <summary>The shared instance.</summary>
    public static Erf Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "erf";

    /// <inheritdoc/>
    public override string Convention => "erf(z), c = 1: D = (2/π)·asin(2c/√((1+2a)(1+2b))), Ḋ = (4/π)/√((1+2a)(1+2b) − 4c²)";

    /// <summary>((2/π)·asin(2c/S), (4/π)·(S² − 4c²)^(−1/2)) with S² = (1 + 2a)(1 + 2b), S = 1 + 2a when a and b are one node.</summary>
    public override DualPair Duals(Expr cov, Expr var1, Expr var2)
    {
        var (s, s2) = ReferenceEquals(var1, var2)
            ? (1 + 2 * var1, (1 + 2 * var1).Pow(2))
            : (Fn.Sqrt((1 + 2 * var1) * (1 + 2 * var2)), (1 + 2 * var1) * (1 + 2 * var2));
        var dual = 2 / Constant.Pi * Fn.Asin(2 * cov / s);
        var derivative = 4 / Constant.Pi * (s2 - 4 * cov.Pow(2)).Pow(Number.Of(-1, 2));
        return new(dual, derivative);
    }

    /// <summary>((2/π)·asin(2a/(1 + 2a)), (4/π)·(1 + 4a)^(−1/2)).</summary>
    public override DualPair DiagonalDuals(Expr variance) =>
        new(2 / Constant.Pi * Fn.Asin(2 * variance / (1 + 2 * variance)), 4 / Constant.Pi * (1 + 4 * variance).Pow(Number.Of(-1, 2)));

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2)
    {
        double s2 = (1 + 2 * var1) * (1 + 2 * var2);
        double ratio = Math.Clamp(2 * cov / Math.Sqrt(s2), -1.0, 1.0);
        return new(2 / Math.PI * Math.Asin(ratio), 4 / Math.PI / Math.Sqrt(s2 - 4 * cov * cov));
    }

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance) =>
        new(2 / Math.PI * Math.Asin(2 * variance / (1 + 2 * variance)), 4 / Math.PI / Math.Sqrt(1 + 4 * variance));
}
