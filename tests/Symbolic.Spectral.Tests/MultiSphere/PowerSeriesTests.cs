using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Spectral.MultiSphere;
using Symbolic.Spectral.Sphere;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.MultiSphere;

public sealed class PowerSeriesTests
{
    [Property(MaxTest = 40, Replay = "(1234,5679)")]
    public Property Mu_is_the_funk_hecke_eigenvalue_of_a_monomial(PositiveInt seed)
    {
        // μ_D(n, k) against Gauss–Legendre Funk–Hecke quadrature of tⁿ on S^(D−1) (an independent route).
        int dimension = 2 + seed.Get % 4, n = seed.Get / 4 % 9;
        var spectrum = MercerSpectrum.OnSphere(t => Math.Pow(t, n), dimension, 10);
        return Enumerable.Range(0, 11).All(k => Math.Abs(SphereFactor.Mu(dimension, n, k) - spectrum[k]) < 1e-13).ToProperty();
    }

    [Theory]
    [InlineData(true, ConvKernelKind.Gp, 3, 1, 30)]
    [InlineData(false, ConvKernelKind.Ntk, 3, 2, 24)]
    [InlineData(true, ConvKernelKind.Ntk, 5, 2, 12)]
    public void Coefficients_are_non_negative_and_sum_to_the_kernel(bool residual, ConvKernelKind kind, int d, int blocks, int degree)
    {
        var net = new CanonicalConvNet(residual, kind, d, 3, blocks);
        var series = EqPowerSeries.Of(net, degree);
        Assert.True(series.MinCoefficient >= 0, $"{series.MinCoefficient}"); // §2.5: every bₙ ≥ 0, no cancellation
        Assert.InRange(series.CoefficientSum, 0.9, 1.0); // F_N(1) ≤ F(1) = 1, the missing mass is the tail
        var t = Enumerable.Range(0, d).Select(i => 0.4 - 0.25 * i).ToArray();
        Assert.True(Tolerance.Close(series.Evaluate(t), net.Evaluate(t), 1e-9), $"{series.Evaluate(t)} vs {net.Evaluate(t)}");
    }

    [Fact]
    public void Known_coefficients_of_the_L1_rescgpk()
    {
        // ResCGPK, L = 1, α = 1: F = (t₀ + κ₁(t̄))/2, κ₁ = 1/π + ρ/2 + ρ²/(2π) + …, t̄ = (t₂ + t₀ + t₁)/3 for d = 3.
        var series = EqPowerSeries.Of(new CanonicalConvNet(true, ConvKernelKind.Gp, 3, 3, 1), 8);
        Assert.Equal(1 / (2 * Math.PI), series.Coefficient(0, 0, 0), 15);
        Assert.Equal((1 + 1.0 / 6) / 2, series.Coefficient(1, 0, 0), 15);
        Assert.Equal(1.0 / 12, series.Coefficient(0, 1, 0), 15);
        Assert.Equal(2.0 / 9 / (4 * Math.PI), series.Coefficient(1, 1, 0), 15);
        Assert.Equal(0, series.Coefficient(3, 0, 0), 15);
    }

    [Theory]
    [InlineData(false, ConvKernelKind.Gp, 1, 40)]
    [InlineData(true, ConvKernelKind.Ntk, 2, 30)]
    public void Power_series_route_agrees_with_the_torus_within_its_error_estimate(bool residual, ConvKernelKind kind, int blocks, int degree)
    {
        var net = new CanonicalConvNet(residual, kind, 3, 3, blocks);
        var expansion = EqPowerSeries.Of(net, degree);
        var series = expansion.Spectrum(2, 4);
        var torus = TorusSpectrum.Compute(net.EqKernel(), 3, 4, 64);
        foreach (var k in series.Frequencies())
        {
            var difference = Math.Abs(series[k] - torus[k]);
            Assert.True(difference <= series.Error(k) + torus.Error(k), $"{string.Join(",", k)}: {series[k]} vs {torus[k]} ± {series.Error(k)}");
            Assert.True(expansion.Eigenvalue(2, k).Truncated <= torus[k] + torus.Error(k)); // a lower bound
        }

        Assert.True(Math.Abs(series[1, 1, 0] - torus[1, 1, 0]) < 1e-4 * torus[1, 1, 0]);
    }

    [Theory] // d = 1, q = 1 (FC) on S^(C0−1) for C0 = 3, 4: series route vs Funk–Hecke quadrature of the scalar kernel
    [InlineData(3, ConvKernelKind.Gp)]
    [InlineData(4, ConvKernelKind.Ntk)]
    public void General_channel_count_matches_funk_hecke_for_one_pixel(int channels, ConvKernelKind kind)
    {
        var net = new CanonicalConvNet(true, kind, 1, 1, 2, 0.7);
        var series = EqPowerSeries.Of(net, 400).Spectrum(channels, 6);
        var reference = MercerSpectrum.OnSphere(t => net.Evaluate(t), channels, 6);
        for (var k = 0; k <= 6; k++)
            Assert.True(Math.Abs(series[k] - reference[k]) <= series.Error(k) + 1e-12, $"k = {k}: {series[k]} vs {reference[k]} ± {series.Error(k)}");
        Assert.Contains("power series", series.Method);
    }

    [Fact]
    public void Too_large_bases_are_reported()
    {
        var net = new CanonicalConvNet(true, ConvKernelKind.Gp, 9, 3, 2);
        Assert.NotNull(EqPowerSeries.CheckArguments(net, 40));
        Assert.NotNull(EqPowerSeries.CheckArguments(net, 0));
        Assert.Null(EqPowerSeries.CheckArguments(net, 6));
        Assert.NotNull(MultiSphereAnalysis.Check(net, 3, 2, seriesDegree: 40));
        Assert.NotNull(MultiSphereAnalysis.Check(net, 1, 2));
    }
}
