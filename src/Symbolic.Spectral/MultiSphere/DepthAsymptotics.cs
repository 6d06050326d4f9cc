namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// Depth asymptotics of normalised ReLU kernels (conv-dense.md §2.8; fully connected, and the same for Eq conv kernels
/// since 𝒜_q preserves constants).
/// </summary>
public static class DepthAsymptotics
{
    /// <summary>
    /// Plain GP: ε_(l+1) = ε_l − c·ε_l^(3/2) + …, c = 2√2/(3π), so ε_L = 1 − ρ_L ≈ 9π²/(2L²) ≈ 44.41/L².
    /// </summary>
    public static double PlainGpGap(int depth) => 9 * Math.PI * Math.PI / (2.0 * depth * depth);

    /// <summary>
    /// Residual GP, α fixed: ε_(l+1) = ε_l − (α²/(1+α²))·c·ε_l^(3/2), so ε_L ≈ (9π²/2)·((1+α²)/α²)²/L²
    /// (cond smaller by (α²/(1+α²))², ¼ at α = 1).
    /// </summary>
    public static double ResidualGpGap(int depth, double alpha)
    {
        var ratio = (1 + alpha * alpha) / (alpha * alpha);
        return PlainGpGap(depth) * ratio * ratio;
    }

    /// <summary>The double-constant limit c₂/c₁ = ¼ of the normalised (Res)NTK as L → ∞ (α fixed).</summary>
    public const double NtkDoubleConstantLimit = 0.25;

    /// <summary>The limiting NTK Gram condition number (n + 3)/3 = <see cref="ConditionNumbers.DoubleConstant"/>(1, ¼, n).</summary>
    public static double NtkConditionLimit(int n) => (n + 3) / 3.0;
}
