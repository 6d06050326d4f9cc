using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Text.Tests.Support;

/// <summary>The FC ReLU kernels of fc-resnet.md §1.1–1.3, built directly from κ₀ and κ₁ (test fixtures only).</summary>
internal static class Kernels
{
    public static readonly Symbol T = Symbol.Of("t");

    /// <summary>κ₀(s) = 1 − acos(s)/π.</summary>
    public static Expr Kappa0(Expr s) => 1 - Fn.Acos(s) / Constant.Pi;

    /// <summary>κ₁(s) = (s(π − acos s) + √(1 − s²))/π.</summary>
    public static Expr Kappa1(Expr s) => (s * (Constant.Pi - Fn.Acos(s)) + Fn.Sqrt(1 - s.Pow(2))) / Constant.Pi;

    /// <summary>(Σ_L, Θ_L) with Σ₁ = Θ₁ = t, Σ_ℓ = κ₁(Σ_{ℓ−1}), Θ_ℓ = Θ_{ℓ−1}κ₀(Σ_{ℓ−1}) + Σ_ℓ (fc-resnet.md §1.3).</summary>
    public static (Expr Nngp, Expr Ntk) ReluNtk(int depth)
    {
        Expr sigma = T, theta = T;
        for (int l = 2; l <= depth; l++)
        {
            var next = Kappa1(sigma);
            theta = theta * Kappa0(sigma) + next;
            sigma = next;
        }
        return (sigma, theta);
    }
}
