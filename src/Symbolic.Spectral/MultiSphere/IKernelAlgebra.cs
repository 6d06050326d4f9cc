namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The operations the Eq recursion of conv-dense.md §2.2/§2.3 needs, so that one recursion runs on doubles and on
/// truncated multivariate power series: sums, scaling, products, and the ReLU duals κ₀, κ₁ of §1.1.
/// </summary>
internal interface IKernelAlgebra<T>
{
    T Add(T a, T b);

    T Scale(T a, double factor);

    T Multiply(T a, T b);

    /// <summary>(κ₀(ρ), κ₁(ρ)) with κ₀ = ½ + asin(ρ)/π and κ₁ = (√(1−ρ²) + (π/2 + asin ρ)ρ)/π.</summary>
    (T Kappa0, T Kappa1) Kappas(T rho);
}
