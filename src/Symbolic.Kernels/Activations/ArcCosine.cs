using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The arc-cosine kernels of degree 0 and 1 (Cho &amp; Saul 2009; fc-resnet.md §1.1):
/// κ₀(ρ) = 1 − acos(ρ)/π and κ₁(ρ) = ρ·κ₀(ρ) + √(1 − ρ²)/π = (√(1 − ρ²) + ρ(π − acos ρ))/π, with κ₁′ = κ₀,
/// κ₀(1) = κ₁(1) = 1 and κ₀(−1) = κ₁(−1) = 0. Written so that ρ = 1 gives exactly 1 in floating point.
/// </summary>
public static class ArcCosine
{
    /// <summary>κ₀(ρ) = 1 − acos(ρ)/π (fc-resnet.md §1.1).</summary>
    public static Expr Kappa0(Expr rho) => Number.One - Fn.Acos(rho) / Constant.Pi;

    /// <summary>κ₁(ρ) = ρ·κ₀ + √(1 − ρ²)/π, reusing an already built κ₀(ρ) (fc-resnet.md §1.1).</summary>
    public static Expr Kappa1(Expr rho, Expr kappa0) => rho * kappa0 + Fn.Sqrt(Number.One - rho.Pow(2)) / Constant.Pi;

    /// <summary>κ₁(ρ) = (√(1 − ρ²) + ρ(π − acos ρ))/π (fc-resnet.md §1.1).</summary>
    public static Expr Kappa1(Expr rho) => Kappa1(rho, Kappa0(rho));

    /// <summary>κ₀(ρ) in doubles, ρ clamped to [−1, 1].</summary>
    public static double Kappa0(double rho) => 1 - Math.Acos(Math.Clamp(rho, -1.0, 1.0)) / Math.PI;

    /// <summary>κ₁(ρ) in doubles, ρ clamped to [−1, 1].</summary>
    public static double Kappa1(double rho)
    {
        rho = Math.Clamp(rho, -1.0, 1.0);
        return rho * Kappa0(rho) + Math.Sqrt(1 - rho * rho) / Math.PI;
    }
}
