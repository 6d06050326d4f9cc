using FsCheck;
using FsCheck.Xunit;
using Symbolic.Spectral.Polynomials;
using Symbolic.Spectral.Sphere;
using static Symbolic.Spectral.Tests.ReluKernels;

namespace Symbolic.Spectral.Tests.Sphere;

public sealed class MercerSpectrumTests
{
    [Property(Arbitrary = [typeof(SpectralArbitrary)], MaxTest = 40, Replay = "(1234,5679)")]
    public bool Finite_Gegenbauer_series_has_its_coefficients_as_eigenvalues(FiniteKernelCase c)
    {
        // κ(t) = Σⱼ cⱼ N(d, j) Pⱼ^(d)(t) has μⱼ = cⱼ (Funk–Hecke + addition theorem) and μₖ = 0 beyond.
        var degree = c.Coefficients.Length - 1;
        double Kernel(double t)
        {
            var p = Gegenbauer.NormalizedAll(degree, c.Dimension, t);
            return Enumerable.Range(0, degree + 1).Sum(j => c.Coefficients[j] * Multiplicity.Of(c.Dimension, j) * p[j]);
        }

        var spectrum = MercerSpectrum.OnSphere(Kernel, c.Dimension, degree + 6);
        var scale = Kernel(1) + 1;
        return Enumerable.Range(0, degree + 7).All(k =>
                   Math.Abs(spectrum[k] - (k <= degree ? c.Coefficients[k] : 0)) <= 1e-14 * scale)
               && Math.Abs(spectrum.Trace.MissingTail) <= 1e-13 * scale;
    }

    [Fact]
    public void Trace_check_reports_the_missing_tail_of_a_slowly_decaying_spectrum()
    {
        // Θ₂ on S²: κ(1) = 2; even μₖ ~ k⁻³/π with N ≈ 2k and odd μₖ = 0, so the tail beyond K is ≈ 1/(πK).
        var small = MercerSpectrum.OnSphere(TwoLayerNtk, 3, 50);
        var large = MercerSpectrum.OnSphere(TwoLayerNtk, 3, 400);
        Assert.Equal(2.0, small.Trace.KernelAtOne, 15);
        Assert.True(small.Trace.MissingTail > 0 && large.Trace.MissingTail > 0);
        Assert.True(Math.Abs(large.Trace.MissingTail * Math.PI * 400 - 1) < 0.05, $"tail {large.Trace.MissingTail:R}");
        Assert.True(Math.Abs(small.Trace.MissingTail * Math.PI * 50 - 1) < 0.1, $"tail {small.Trace.MissingTail:R}");
        Assert.Equal(small.Trace.KernelAtOne - small.Trace.PartialSum, small.Trace.MissingTail);
        Assert.Equal(small.Trace.MissingTail / 2, small.Trace.RelativeMissingTail);
    }

    [Fact]
    public void Spectrum_is_linear_in_the_kernel()
    {
        var f = MercerSpectrum.OnSphere(Kappa0, 4, 60);
        var g = MercerSpectrum.OnSphere(Math.Exp, 4, 60);
        var h = MercerSpectrum.OnSphere(t => 2 * Kappa0(t) - 3 * Math.Exp(t), 4, 60);
        for (var k = 0; k <= 60; k++) Assert.True(Math.Abs(h[k] - (2 * f[k] - 3 * g[k])) <= 1e-14);
    }

    [Fact]
    public void Quadrature_report_and_defaults()
    {
        var spectrum = MercerSpectrum.OnSphere(Kappa1, 3, 100);
        Assert.Equal(3, spectrum.Dimension);
        Assert.Equal(100, spectrum.MaxDegree);
        Assert.Equal(264, spectrum.Quadrature.ComparisonNodes); // max(256, 2K + 64)
        Assert.Equal(528, spectrum.Quadrature.Nodes);
        Assert.Equal(0, spectrum.Quadrature.NonFiniteSamples);
        Assert.True(spectrum.Quadrature.MaxAbsoluteDifference < 1e-14);
        Assert.All(spectrum.Eigenvalues, e => Assert.Equal(2.0 * e.Degree + 1, e.Multiplicity));
        Assert.All(spectrum.Eigenvalues, e => Assert.True(e.ErrorEstimate < 1e-13));

        var unchecked_ = MercerSpectrum.OnSphere(Kappa1, 3, 100, new QuadratureOptions { CheckConvergence = false, Nodes = 150 });
        Assert.Equal(150, unchecked_.Quadrature.Nodes);
        Assert.Null(unchecked_.Quadrature.ComparisonNodes);
        Assert.Null(unchecked_.Eigenvalues[5].ErrorEstimate);
        Assert.True(Math.Abs(unchecked_[5] - spectrum[5]) < 1e-15);
        Assert.Equal(101, new QuadratureOptions { Nodes = 10 }.NodesFor(100)); // never fewer than K + 1
    }

    [Fact]
    public void Too_few_nodes_show_up_in_the_error_estimate()
    {
        // e^(8t) needs more than 30 nodes; the n vs 2n comparison exposes it.
        var spectrum = MercerSpectrum.OnSphere(t => Math.Exp(8 * t), 3, 20, new QuadratureOptions { Nodes = 21 });
        var accurate = MercerSpectrum.OnSphere(t => Math.Exp(8 * t), 3, 20);
        Assert.True(spectrum.Quadrature.MaxAbsoluteDifference > 1e-9);
        Assert.True(accurate.Quadrature.MaxAbsoluteDifference < 1e-12);
    }

    [Fact]
    public void Non_finite_kernel_values_are_counted_not_thrown()
    {
        var spectrum = MercerSpectrum.OnSphere(t => t > 0.5 ? double.NaN : t, 3, 10);
        Assert.True(spectrum.Quadrature.NonFiniteSamples > 0);
        Assert.True(double.IsNaN(spectrum[0]));
        var zeroAtOne = MercerSpectrum.OnSphere(t => 1 - t, 3, 4);
        Assert.Null(zeroAtOne.Trace.RelativeMissingTail);
        Assert.Equal(0.0, zeroAtOne.Trace.MissingTail, 14);
    }

    [Fact]
    public void Argument_check_gives_messages_and_OnSphere_rejects_bad_arguments()
    {
        Assert.Null(MercerSpectrum.CheckArguments(3, 1000));
        Assert.NotNull(MercerSpectrum.CheckArguments(1, 10));
        Assert.NotNull(MercerSpectrum.CheckArguments(3, -1));
        Assert.NotNull(MercerSpectrum.CheckArguments(3, MercerSpectrum.MaxSupportedDegree + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => MercerSpectrum.OnSphere(Math.Exp, 1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => MercerSpectrum.OnSphere(Math.Exp, 3, -2));
    }

    [Fact]
    public void Kernel_is_only_called_inside_minus_one_to_one()
    {
        var outside = 0;
        MercerSpectrum.OnSphere(t =>
        {
            if (t < -1 || t > 1) outside++;
            return Math.Sqrt(1 - t * t);
        }, 5, 200);
        Assert.Equal(0, outside);
    }
}
