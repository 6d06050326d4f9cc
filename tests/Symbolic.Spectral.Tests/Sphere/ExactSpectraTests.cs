using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;
using Symbolic.Testing;
using static Symbolic.Spectral.Tests.ReluKernels;

namespace Symbolic.Spectral.Tests.Sphere;

public sealed class ExactSpectraTests
{
    private static readonly double PiSquared = Math.PI * Math.PI;

    [Fact]
    public void Two_layer_kernels_on_the_two_sphere_match_the_exact_rationals()
    {
        // fc-resnet.md §9.4, S² (d = 3).
        AssertSpectrum(TwoLayerNtk, 3, [1.0 / 2, 1.0 / 3, 5.0 / 64, 0, 1.0 / 192, 0, 23.0 / 16384, 0, 19.0 / 32768]);
        AssertSpectrum(Kappa0, 3, [1.0 / 2, 1.0 / 8, 0, 1.0 / 128, 0, 1.0 / 512, 0]);
        AssertSpectrum(Kappa1, 3, [3.0 / 8, 1.0 / 6, 3.0 / 128, 0, 1.0 / 1536, 0, 3.0 / 32768]);
    }

    [Fact]
    public void Two_layer_kernels_on_the_circle_match_the_closed_forms()
    {
        // fc-resnet.md §9.4, S¹ (d = 2): Θ₂ even k: 2(k² + 3)/(π²(k² − 1)²); κ₀ odd k: 2/(π²k²); κ₁ even k: 4/(π²(k² − 1)²).
        const int maxDegree = 40;
        var theta = new double[maxDegree + 1];
        var kappa0 = new double[maxDegree + 1];
        var kappa1 = new double[maxDegree + 1];
        for (var k = 0; k <= maxDegree; k++)
        {
            double square = k * k, shifted = (square - 1) * (square - 1);
            theta[k] = k == 1 ? 0.5 : k % 2 == 0 ? 2 * (square + 3) / (PiSquared * shifted) : 0;
            kappa0[k] = k == 0 ? 0.5 : k % 2 == 1 ? 2 / (PiSquared * square) : 0;
            kappa1[k] = k == 1 ? 0.25 : k % 2 == 0 ? 4 / (PiSquared * shifted) : 0;
        }

        Assert.Equal(6 / PiSquared, theta[0], 15);
        Assert.Equal(4 / PiSquared, kappa1[0], 15);
        AssertSpectrum(TwoLayerNtk, 2, theta);
        AssertSpectrum(Kappa0, 2, kappa0);
        AssertSpectrum(Kappa1, 2, kappa1);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Odd_eigenvalues_of_the_two_layer_ntk_vanish_to_round_off(int dimension)
    {
        var spectrum = MercerSpectrum.OnSphere(TwoLayerNtk, dimension, 300);
        for (var k = 3; k <= 300; k += 2)
        {
            Assert.True(Math.Abs(spectrum[k]) < 1e-14, $"μ_{k} = {spectrum[k]:R}");
            Assert.False(spectrum.Eigenvalues[k].IsResolvedPositive);
        }

        for (var k = 0; k <= 300; k += 2) Assert.True(spectrum.Eigenvalues[k].IsResolvedPositive, $"μ_{k}");
    }

    [Theory]
    [InlineData(2, 0.5, 1e-13)]
    [InlineData(3, 0.5, 1e-13)]
    [InlineData(4, 0.5, 1e-13)]
    [InlineData(2, 1.5, 1e-13)]
    [InlineData(3, 1.5, 1e-13)]
    [InlineData(4, 1.5, 1e-13)]
    [InlineData(2, 0.3, 1e-11)] // θ^0.6 at θ = 0: not analytic in θ, so Gauss–Legendre converges only algebraically
    [InlineData(3, 0.3, 1e-13)]
    [InlineData(4, 0.3, 1e-13)]
    public void Spectrum_of_one_minus_t_to_the_nu_matches_the_Gamma_ratio_up_to_degree_1000(int dimension, double nu, double absolute)
    {
        // (1 − t)^ν: μₖ = C(d, ν)·Γ(k − ν)/Γ(k + ν + d − 1) exactly (fc-resnet.md §2); the acceptance bound is 1e-10.
        var spectrum = MercerSpectrum.OnSphere(t => Math.Pow(1 - t, nu), dimension, 1000);
        var constant = DecayPrediction.SphereConstantOf(dimension, nu);
        for (var k = 0; k <= 1000; k++)
        {
            var exact = constant * DecayPrediction.GammaRatio(k, dimension, nu);
            Assert.True(Math.Abs(spectrum[k] - exact) <= absolute, $"μ_{k} = {spectrum[k]:R}, exact {exact:R}");
            if (nu != 0.3) Assert.True(Math.Abs(spectrum[k] - exact) <= spectrum.Eigenvalues[k].ErrorEstimate, $"estimate, μ_{k}");
            if (nu == 0.5 && k <= 200)
                Assert.True(Tolerance.Close(spectrum[k], exact, relative: 1e-7, absolute: 0), $"relative, μ_{k}");
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Spectrum_of_the_exponential_kernel_is_a_Bessel_function(int dimension)
    {
        // e^t: μₖ = Γ(d/2)·2^((d−2)/2)·I_(k+(d−2)/2)(1) (fc-resnet.md §2).
        var spectrum = MercerSpectrum.OnSphere(Math.Exp, dimension, 40);
        var prefactor = MathNet.Numerics.SpecialFunctions.Gamma(dimension / 2.0) * Math.Pow(2, (dimension - 2) / 2.0);
        for (var k = 0; k <= 40; k++)
        {
            var exact = prefactor * MathNet.Numerics.SpecialFunctions.BesselI(k + (dimension - 2) / 2.0, 1);
            Assert.True(Tolerance.Close(spectrum[k], exact, relative: 1e-12, absolute: 3e-15), $"μ_{k} = {spectrum[k]:R}, exact {exact:R}");
            Assert.True(Math.Abs(spectrum[k] - exact) <= spectrum.Eigenvalues[k].ErrorEstimate, $"error estimate at k = {k}");
        }

        // The addition theorem: κ(1) = e = Σ N(d, k) μₖ. The true tail beyond k = 40 is below 1e-40, so what remains
        // is round-off, amplified by N(d, k) (≈ 10⁶ at d = 7, k = 40) and covered by the reported uncertainty.
        Assert.Equal(Math.E, spectrum.Trace.KernelAtOne);
        Assert.True(Math.Abs(spectrum.Trace.MissingTail) <= spectrum.Trace.Uncertainty, $"tail {spectrum.Trace.MissingTail:R}");
        if (dimension <= 4) Assert.True(Math.Abs(spectrum.Trace.MissingTail) <= 1e-13, $"tail {spectrum.Trace.MissingTail:R}");
        if (dimension == 3)
        {
            Assert.Equal(1.17520119364380, spectrum[0], 13);
            Assert.Equal(0.367879441171442, spectrum[1], 13);
        }
    }

    private static void AssertSpectrum(Func<double, double> kernel, int dimension, double[] expected)
    {
        var spectrum = MercerSpectrum.OnSphere(kernel, dimension, expected.Length - 1);
        for (var k = 0; k < expected.Length; k++)
            Assert.True(Math.Abs(spectrum[k] - expected[k]) <= 1e-12, $"d = {dimension}, μ_{k} = {spectrum[k]:R}, expected {expected[k]:R}");
    }
}
