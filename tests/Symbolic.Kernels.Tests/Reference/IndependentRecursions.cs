namespace Symbolic.Kernels.Tests.Reference;

/// <summary>
/// Plain-double kernel recursions written straight from fc-resnet.md, sharing no code with the library: the Bietti–Bach
/// FC recursion (§1.3), the Huang/Belfer ResNet in the backward B_ℓ form (§4.2) and its normalised form on the sphere.
/// </summary>
internal static class IndependentRecursions
{
    /// <summary>κ₀(u) = (π − arccos u)/π (§1.1), u clamped to [−1, 1].</summary>
    public static double Kappa0(double u)
    {
        u = Math.Max(-1, Math.Min(1, u));
        return (Math.PI - Math.Acos(u)) / Math.PI;
    }

    /// <summary>κ₁(u) = (√(1 − u²) + u(π − arccos u))/π (§1.1).</summary>
    public static double Kappa1(double u)
    {
        u = Math.Max(-1, Math.Min(1, u));
        return (Math.Sqrt(1 - u * u) + u * (Math.PI - Math.Acos(u))) / Math.PI;
    }

    /// <summary>Σ_L(t) and Θ_L(t): Σ₁ = Θ₁ = t, Σₗ = κ₁(Σₗ₋₁), Θₗ = Θₗ₋₁κ₀(Σₗ₋₁) + Σₗ (§1.3).</summary>
    public static (double Nngp, double Ntk) FullyConnected(int layers, double t)
    {
        double sigma = t, theta = t;
        for (int l = 2; l <= layers; l++)
        {
            double next = Kappa1(sigma);
            theta = theta * Kappa0(sigma) + next;
            sigma = next;
        }
        return (sigma, theta);
    }

    /// <summary>The FC recursion with bias variance β² added by every layer (Arora form with bias, §1.3):
    /// q₁ = 1 + β², Σ₁ = Θ₁ = t + β²; Σₗ = qₗ₋₁κ₁(Σₗ₋₁/qₗ₋₁) + β², Θₗ = Θₗ₋₁κ₀(Σₗ₋₁/qₗ₋₁) + Σₗ, qₗ = qₗ₋₁ + β².</summary>
    public static (double Nngp, double Ntk, double NngpDiagonal) FullyConnectedWithBias(int layers, double bias, double t)
    {
        double q = 1 + bias, sigma = t + bias, theta = sigma;
        for (int l = 2; l <= layers; l++)
        {
            double rho = sigma / q;
            double next = q * Kappa1(rho) + bias;
            theta = theta * Kappa0(rho) + next;
            sigma = next;
            q += bias;
        }
        return (sigma, theta, q);
    }

    /// <summary>
    /// K_L(x, z) and Θ(x, z) of §4.2: K₀ = t, K_ℓ = K_ℓ₋₁ + α²√(K_ℓ₋₁(x,x)K_ℓ₋₁(z,z))κ₁(ρ_ℓ₋₁); B_{L+1} = 1,
    /// B_ℓ = B_{ℓ+1}(1 + α²κ₀(ρ_ℓ₋₁)); Θ = α² Σ_ℓ B_{ℓ+1}[√(K K′)κ₁(ρ_ℓ₋₁) + K_ℓ₋₁κ₀(ρ_ℓ₋₁)].
    /// </summary>
    public static (double Nngp, double Ntk) ResNet(int blocks, double alpha, double t)
    {
        double a2 = alpha * alpha;
        var k = new double[blocks + 1];
        var diagonal = new double[blocks + 1];
        var rho = new double[blocks + 1];
        k[0] = t;
        diagonal[0] = 1;
        for (int l = 1; l <= blocks; l++)
        {
            rho[l - 1] = k[l - 1] / diagonal[l - 1];
            k[l] = k[l - 1] + a2 * diagonal[l - 1] * Kappa1(rho[l - 1]);
            diagonal[l] = diagonal[l - 1] * (1 + a2);
        }
        var b = new double[blocks + 2];
        b[blocks + 1] = 1;
        for (int l = blocks; l >= 1; l--) b[l] = b[l + 1] * (1 + a2 * Kappa0(rho[l - 1]));
        double theta = 0;
        for (int l = 1; l <= blocks; l++)
            theta += b[l + 1] * (diagonal[l - 1] * Kappa1(rho[l - 1]) + k[l - 1] * Kappa0(rho[l - 1]));
        return (k[blocks], a2 * theta);
    }

    /// <summary>Θ(x, x) = 2Lα²(1 + α²)^(L−1) and K_L(x, x) = (1 + α²)^L on the sphere (§4.2).</summary>
    public static (double Nngp, double Ntk) ResNetDiagonal(int blocks, double alpha) =>
        (Math.Pow(1 + alpha * alpha, blocks), 2 * blocks * alpha * alpha * Math.Pow(1 + alpha * alpha, blocks - 1));

    /// <summary>The normalised form of §4.2: ρ_ℓ = (ρ_ℓ₋₁ + α²κ₁(ρ_ℓ₋₁))/(1 + α²),
    /// Θ̄ = (1/2L) Σ_ℓ β_{ℓ+1}[κ₁(ρ_ℓ₋₁) + ρ_ℓ₋₁κ₀(ρ_ℓ₋₁)], β_{ℓ+1} = Π_{j>ℓ}(1 + α²κ₀(ρ_{j−1}))/(1 + α²).</summary>
    public static (double Nngp, double Ntk) ResNetNormalized(int blocks, double alpha, double t)
    {
        double a2 = alpha * alpha;
        var rho = new double[blocks + 1];
        rho[0] = t;
        for (int l = 1; l <= blocks; l++) rho[l] = (rho[l - 1] + a2 * Kappa1(rho[l - 1])) / (1 + a2);
        double sum = 0, beta = 1;
        for (int l = blocks; l >= 1; l--)
        {
            sum += beta * (Kappa1(rho[l - 1]) + rho[l - 1] * Kappa0(rho[l - 1]));
            beta *= (1 + a2 * Kappa0(rho[l - 1])) / (1 + a2);
        }
        return (rho[blocks], sum / (2 * blocks));
    }
}
