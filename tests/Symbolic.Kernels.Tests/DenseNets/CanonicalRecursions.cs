using static Symbolic.Kernels.Tests.Reference.IndependentRecursions;

namespace Symbolic.Kernels.Tests.DenseNets;

/// <summary>
/// Plain-double recursions written straight from conv-dense.md §3.3 (and §2.2–§2.3 with d = 1), sharing no code with the
/// library's layers: the canonical MLP, the all-trained FC ResNet, and the DenseNet with growth = width.
/// </summary>
internal static class CanonicalRecursions
{
    /// <summary>MLP: Q₀ = T₀ = t; Qₗ = κ₁(Qₗ₋₁), Tₗ = κ₀(Qₗ₋₁)(Qₗ₋₁ + Tₗ₋₁); GP = Q_L, NTK = Q_L + T_L (unit diagonals).</summary>
    public static (double Gp, double Ntk) Mlp(int layers, double t)
    {
        double q = t, theta = t;
        for (int l = 1; l <= layers; l++) (q, theta) = (Kappa1(q), Kappa0(q) * (q + theta));
        return (q, q + theta);
    }

    /// <summary>ResNet (§2.2–§2.3, d = 1, every layer trained): K₀ = Θ₀ = t, D₀ = 1; ρ = Kₗ₋₁/Dₗ₋₁,
    /// Kₗ = Kₗ₋₁ + α²Dₗ₋₁κ₁(ρ), Θₗ = Θₗ₋₁ + α²[Dₗ₋₁κ₁(ρ) + κ₀(ρ)(Kₗ₋₁ + Θₗ₋₁)], Dₗ = (1 + α²)Dₗ₋₁; NTK = Θ_L + K_L.
    /// Called with t = 1 it gives the diagonals.</summary>
    public static (double Gp, double Ntk) ResNet(int blocks, double alpha, double t)
    {
        double a2 = alpha * alpha, k = t, theta = t, d = 1;
        for (int l = 1; l <= blocks; l++)
        {
            double rho = k / d;
            (k, theta) = (k + a2 * d * Kappa1(rho), theta + a2 * (d * Kappa1(rho) + Kappa0(rho) * (k + theta)));
            d *= 1 + a2;
        }
        return (k, theta + k);
    }

    /// <summary>DenseNet: Q₀ = T₀ = t; Qₗ = (l·Qₗ₋₁ + κ₁(Qₗ₋₁))/(l + 1), Tₗ = (l·Tₗ₋₁ + κ₀(Qₗ₋₁)(Qₗ₋₁ + Tₗ₋₁))/(l + 1);
    /// GP = Q_L, NTK = Q_L + T_L (Q(x, x) = 1, so ρ = Q).</summary>
    public static (double Gp, double Ntk) DenseNet(int layers, double t)
    {
        double q = t, theta = t;
        for (int l = 1; l <= layers; l++)
            (q, theta) = ((l * q + Kappa1(q)) / (l + 1), (l * theta + Kappa0(q) * (q + theta)) / (l + 1));
        return (q, q + theta);
    }

    /// <summary>The harmonic number H_n = Σ_{k ≤ n} 1/k.</summary>
    public static double Harmonic(int n) => Enumerable.Range(1, n).Sum(k => 1.0 / k);
}
