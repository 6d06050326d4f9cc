using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Testing;

/// <summary>
/// The fully connected ReLU NNGP/NTK recursion on the sphere (fc-resnet.md §1.3, Bietti–Bach form), built as one
/// interned DAG: Σ₁ = t, Θ₁ = t; Σ_ℓ = κ₁(Σ_{ℓ−1}), Θ_ℓ = Θ_{ℓ−1}·κ₀(Σ_{ℓ−1}) + Σ_ℓ, with the arc-cosine kernels
/// κ₀(u) = 1 − acos(u)/π and κ₁(u) = (u(π − acos u) + √(1 − u²))/π (§1.1). Test fixture for DAG-size, simplification
/// and compilation tests.
/// </summary>
public static class FcReluNtk
{
    /// <summary>κ₀(u) = 1 − acos(u)/π.</summary>
    public static Expr Kappa0(Expr u) => 1 - Fn.Acos(u) / Constant.Pi;

    /// <summary>κ₁(u) = (u(π − acos u) + √(1 − u²))/π.</summary>
    public static Expr Kappa1(Expr u) => (u * (Constant.Pi - Fn.Acos(u)) + Fn.Sqrt(1 - u.Pow(2))) / Constant.Pi;

    /// <summary>(Σ_L, Θ_L) for <paramref name="layers"/> = L ≥ 1 layers.</summary>
    public static (Expr Sigma, Expr Theta) Build(Expr t, int layers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        Expr sigma = t, theta = t;
        for (int l = 2; l <= layers; l++)
        {
            var next = Kappa1(sigma);
            theta = theta * Kappa0(sigma) + next;
            sigma = next;
        }
        return (sigma, theta);
    }
}
