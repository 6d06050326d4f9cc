using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Tests.Series;

/// <summary>The arc-cosine kernels and the bias-free FC ReLU NNGP/NTK recursion of fc-resnet.md §1.1 and §1.3,
/// built as expressions for the series tests.</summary>
internal static class ArcCosineKernels
{
    public static readonly Symbol T = Symbol.Of("t");

    /// <summary>κ₀(x) = 1 − acos(x)/π.</summary>
    public static Expr Kappa0(Expr x) => 1 - Fn.Acos(x) / Constant.Pi;

    /// <summary>κ₁(x) = (√(1 − x²) + x(π − acos x))/π.</summary>
    public static Expr Kappa1(Expr x) => (Fn.Sqrt(1 - x * x) + x * (Constant.Pi - Fn.Acos(x))) / Constant.Pi;

    /// <summary>Σ_L and Θ_L with Σ₁ = Θ₁ = t, Σ_ℓ = κ₁(Σ_{ℓ−1}), Θ_ℓ = Θ_{ℓ−1}κ₀(Σ_{ℓ−1}) + Σ_ℓ (L layers).</summary>
    public static (Expr Nngp, Expr Ntk) FullyConnected(int layers)
    {
        Expr sigma = T, theta = T;
        for (int l = 2; l <= layers; l++)
        {
            var next = Kappa1(sigma);
            theta = theta * Kappa0(sigma) + next;
            sigma = next;
        }
        return (sigma, theta);
    }
}
