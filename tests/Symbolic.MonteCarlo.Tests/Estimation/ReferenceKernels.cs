namespace Symbolic.MonteCarlo.Tests.Estimation;

/// <summary>
/// Plain-double kernel recursions written straight from fc-resnet.md (sharing no code with the kernel layer), each with a
/// switch that plants a classic mistake, so the tests can show the Monte Carlo check tells right from wrong.
/// </summary>
internal static class ReferenceKernels
{
    /// <summary>κ₀(u) = (π − arccos u)/π (§1.1).</summary>
    public static double Kappa0(double u) => (Math.PI - Math.Acos(Math.Clamp(u, -1, 1))) / Math.PI;

    /// <summary>κ₁(u) = (√(1 − u²) + u(π − arccos u))/π (§1.1).</summary>
    public static double Kappa1(double u)
    {
        u = Math.Clamp(u, -1, 1);
        return (Math.Sqrt(1 - u * u) + u * (Math.PI - Math.Acos(u))) / Math.PI;
    }

    /// <summary>
    /// The bias-free ReLU FC network of L weight layers (§1.3) with the dual scaled by c_σ/2: Σ₁ = Θ₁ = t, q₁ = 1;
    /// Σₗ = (c/2)·qκ₁(Σ/q), Θₗ = Θₗ₋₁·(c/2)κ₀(Σ/q) + Σₗ, qₗ = (c/2)q. c_σ = 2 is right; c_σ = 1 is the ReLU dual
    /// without the factor 2 (E[relu(u)relu(v)] = ½√(ab)κ₁(ρ)), which halves the variance at every layer.
    /// </summary>
    public static (double Nngp, double Ntk) FullyConnectedRelu(int layers, double t, double cSigma = 2)
    {
        double q = 1, sigma = t, theta = t, half = cSigma / 2;
        for (int l = 2; l <= layers; l++)
        {
            double rho = sigma / q, next = half * q * Kappa1(rho);
            theta = theta * half * Kappa0(rho) + next;
            (sigma, q) = (next, half * q);
        }
        return (sigma, theta);
    }

    /// <summary>
    /// The raw Huang/Belfer ResNet NTK (§4.2): Θ = α² Σ_ℓ B_{ℓ+1}[√(K K′)κ₁(ρ_{ℓ−1}) + K_{ℓ−1}κ₀(ρ_{ℓ−1})] with
    /// B_{L+1} = 1, B_ℓ = B_{ℓ+1}(1 + α²κ₀(ρ_{ℓ−1})). <paramref name="offByOne"/> uses B_ℓ instead of B_{ℓ+1} (§10.3:
    /// the backward factor of block ℓ itself wrongly included in block ℓ's term).
    /// </summary>
    public static double ResNetNtk(int blocks, double alpha, double t, bool offByOne = false)
    {
        double a2 = alpha * alpha;
        var k = new double[blocks + 1];
        var diagonal = new double[blocks + 1];
        var rho = new double[blocks];
        (k[0], diagonal[0]) = (t, 1);
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
            theta += b[offByOne ? l : l + 1] * (diagonal[l - 1] * Kappa1(rho[l - 1]) + k[l - 1] * Kappa0(rho[l - 1]));
        return a2 * theta;
    }
}
