namespace Symbolic.Spectral.Tests;

/// <summary>
/// Plain double versions of the ReLU arc-cosine kernels and the fully connected NNGP/NTK on the sphere
/// (fc-resnet.md §1.1, §1.3), independent of the symbolic layer.
/// </summary>
public static class ReluKernels
{
    /// <summary>√2/π, the end-point coefficient of κ₀.</summary>
    public static readonly double SqrtTwoOverPi = Math.Sqrt(2) / Math.PI;

    /// <summary>a = 2√2/(3π), the end-point coefficient of κ₁.</summary>
    public static readonly double A = 2 * Math.Sqrt(2) / (3 * Math.PI);

    /// <summary>κ₀(t) = 1 − acos(t)/π.</summary>
    public static double Kappa0(double t) => 1 - Math.Acos(t) / Math.PI;

    /// <summary>κ₁(t) = (√((1 − t)(1 + t)) + t(π − acos t))/π.</summary>
    public static double Kappa1(double t) => (Math.Sqrt((1 - t) * (1 + t)) + t * (Math.PI - Math.Acos(t))) / Math.PI;

    /// <summary>Θ₂(t) = tκ₀(t) + κ₁(t), the unnormalised two-layer NTK.</summary>
    public static double TwoLayerNtk(double t) => t * Kappa0(t) + Kappa1(t);

    /// <summary>Σ_L: Σ₁ = t, Σ_ℓ = κ₁(Σ_(ℓ−1)).</summary>
    public static double Nngp(int layers, double t)
    {
        var sigma = t;
        for (var l = 2; l <= layers; l++) sigma = Kappa1(sigma);
        return sigma;
    }

    /// <summary>Θ_L: Θ₁ = t, Θ_ℓ = Θ_(ℓ−1)κ₀(Σ_(ℓ−1)) + Σ_ℓ.</summary>
    public static double Ntk(int layers, double t)
    {
        double sigma = t, theta = t;
        for (var l = 2; l <= layers; l++)
        {
            var next = Kappa1(sigma);
            theta = theta * Kappa0(sigma) + next;
            sigma = next;
        }

        return theta;
    }

    /// <summary>∏_(j=2)^(L−1) κ₀(Σⱼ(−1)), the factor of c₋₁ for depth L (fc-resnet.md §1.3).</summary>
    public static double MinusOneProduct(int layers)
    {
        double product = 1, sigma = -1;
        for (var j = 2; j <= layers - 1; j++)
        {
            sigma = Kappa1(sigma); // Σⱼ(−1)
            product *= Kappa0(sigma);
        }

        return product;
    }

    /// <summary>
    /// The normalised ResNet NTK on the sphere (fc-resnet.md §4.2): ρ₀ = t, ρ_ℓ = (ρ_(ℓ−1) + α²κ₁(ρ_(ℓ−1)))/(1 + α²),
    /// Θ̄ = (1/2L) Σ_(ℓ=1)^L β_(ℓ+1)[κ₁(ρ_(ℓ−1)) + ρ_(ℓ−1)κ₀(ρ_(ℓ−1))], β_(ℓ+1) = ∏_(j=ℓ+1)^L (1 + α²κ₀(ρ_(j−1)))/(1 + α²).
    /// </summary>
    public static double ResidualNtk(int blocks, double alpha, double t)
    {
        var a2 = alpha * alpha;
        var rho = new double[blocks + 1];
        rho[0] = t;
        for (var l = 1; l <= blocks; l++) rho[l] = (rho[l - 1] + a2 * Kappa1(rho[l - 1])) / (1 + a2);
        double sum = 0, beta = 1; // β_(L+1) = 1; walk ℓ = L … 1 accumulating β_(ℓ+1)
        for (var l = blocks; l >= 1; l--)
        {
            sum += beta * (Kappa1(rho[l - 1]) + rho[l - 1] * Kappa0(rho[l - 1]));
            beta *= (1 + a2 * Kappa0(rho[l - 1])) / (1 + a2);
        }

        return sum / (2 * blocks);
    }

    /// <summary>
    /// End-point coefficients of <see cref="ResidualNtk"/> (fc-resnet.md §5.2): c₁ = −(√2/2π)[1 + (L − 1)α²/(1 + α²)],
    /// c₋₁ = −(√2/(2πL))·∏_(j=2)^L (1 + α²κ₀(ρ_(j−1)(−1)))/(1 + α²), ρ₁(−1) = −1/(1 + α²).
    /// </summary>
    public static (double C1, double CMinus1) ResidualNtkCoefficients(int blocks, double alpha)
    {
        var a2 = alpha * alpha;
        var c1 = -SqrtTwoOverPi / 2 * (1 + (blocks - 1) * a2 / (1 + a2));
        double rho = -1 / (1 + a2), product = 1;
        for (var j = 2; j <= blocks; j++)
        {
            product *= (1 + a2 * Kappa0(rho)) / (1 + a2);
            rho = (rho + a2 * Kappa1(rho)) / (1 + a2);
        }

        return (c1, -SqrtTwoOverPi / (2 * blocks) * product);
    }
}
