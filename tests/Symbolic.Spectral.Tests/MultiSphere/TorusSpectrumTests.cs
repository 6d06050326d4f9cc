using Symbolic.Spectral.MultiSphere;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.MultiSphere;

public sealed class TorusSpectrumTests
{
    private static MultiSphereEigenvalues Spectrum(bool residual, ConvKernelKind kind, int d, int blocks, int maxFrequency, int intervals) =>
        TorusSpectrum.Compute(new CanonicalConvNet(residual, kind, d, 3, blocks).EqKernel(), d, maxFrequency, intervals);

    [Theory] // §2.6 [V]: d = 3, q = 3, L = 1, C0 = 2, single-pixel k·e₀ for k = 4→6→…→12, and (k,k,0) for k = 4→6→8
    [InlineData(true, ConvKernelKind.Gp, new[] { 7.13, 6.55, 6.29, 6.18 }, new[] { 6.05, 6.01 })]
    [InlineData(false, ConvKernelKind.Gp, new[] { 7.13, 6.55, 6.29, 6.18 }, new[] { 6.05, 6.01 })]
    [InlineData(true, ConvKernelKind.Ntk, new[] { 4.86, 4.36, 4.19, 4.12 }, new[] { 4.13, 4.06 })]
    public void Local_slopes_reproduce_the_reference(bool residual, ConvKernelKind kind, double[] single, double[] diagonal)
    {
        var spectrum = Spectrum(residual, kind, 3, 1, 12, 128);
        var slopes = DecayRule.LocalSlopes(spectrum, [1, 0, 0], [4, 6, 8, 10, 12]);
        // To the two decimals given, read as truncated or rounded (the GP's 6→8 slope is 6.5554, quoted as 6.55).
        Assert.All(single.Zip(slopes), p => Assert.True(Math.Abs(p.First - p.Second) <= 0.006, $"{p.Second} vs {p.First}"));
        var diagonalSlopes = DecayRule.LocalSlopes(spectrum, [1, 1, 0], [4, 6, 8]);
        Assert.All(diagonal.Zip(diagonalSlopes), p => Assert.True(Math.Abs(p.First - p.Second) <= 0.0051, $"{p.Second} vs {p.First}"));
        // Predicted exponent |W|(C0 − 1) + 2s = 3 + 3 (GP) or 3 + 1 (NTK): the slopes approach it from above.
        var predicted = DecayRule.PredictedExponent(new CanonicalConvNet(residual, kind, 3, 3, 1), 2, [1, 0, 0])!.Value;
        Assert.Equal(kind == ConvKernelKind.Gp ? 6 : 4, predicted);
        Assert.All(slopes, s => Assert.True(s > predicted && s < predicted + 1.2));
        Assert.True(slopes[^1] - predicted < 0.2 && diagonalSlopes[^1] - predicted < 0.1);
        Assert.True(spectrum.Error(12, 0, 0) < 2e-3 * spectrum[12, 0, 0]);
    }

    [Fact]
    public void Zeros_outside_the_receptive_field_and_at_odd_single_pixel_frequencies_for_L1()
    {
        var net = new CanonicalConvNet(true, ConvKernelKind.Ntk, 5, 3, 1);
        var spectrum = TorusSpectrum.Compute(net.EqKernel(), 5, 3, 16);
        var scale = spectrum[0, 0, 0, 0, 0];
        foreach (var k in spectrum.Frequencies())
        {
            if (!DecayRule.PredictedZero(net, k)) continue;
            Assert.True(Math.Abs(spectrum[k]) < 1e-13 * scale, $"{string.Join(",", k)}: {spectrum[k]}");
        }

        Assert.True(DecayRule.PredictedZero(net, [0, 0, 1, 0, 0])); // pixel 2 is outside the receptive field {4, 0, 1}
        Assert.True(DecayRule.PredictedZero(net, [3, 0, 0, 0, 0]));
        Assert.False(DecayRule.PredictedZero(net, [3, 1, 0, 0, 0]));
        Assert.True(DecayRule.PredictedZero(net, [2, 0, 0, 0, 1]));
        Assert.True(spectrum[1, 1, 0, 0, 0] > 1e-2 * scale);
        Assert.True(spectrum[3, 1, 0, 0, 0] > 1e-6 * scale);
    }

    [Fact]
    public void Odd_single_pixel_eigenvalues_are_positive_for_L2()
    {
        // The parity zero is an L = 1 fact: for L ≥ 2, (linear part)·(even part) products give odd monomials t₀³.
        var net = new CanonicalConvNet(true, ConvKernelKind.Ntk, 3, 3, 2);
        var spectrum = TorusSpectrum.Compute(net.EqKernel(), 3, 3, 32);
        Assert.False(DecayRule.PredictedZero(net, [3, 0, 0]));
        Assert.True(spectrum[3, 0, 0] > 1e3 * spectrum.Error(3, 0, 0), $"{spectrum[3, 0, 0]} ± {spectrum.Error(3, 0, 0)}");
    }

    [Fact]
    public void Error_estimate_covers_the_difference_to_a_finer_grid_and_the_trace_is_at_most_one()
    {
        var kernel = new CanonicalConvNet(false, ConvKernelKind.Ntk, 3, 3, 2).EqKernel();
        var coarse = TorusSpectrum.Compute(kernel, 3, 4, 16);
        var fine = TorusSpectrum.Compute(kernel, 3, 4, 64);
        foreach (var k in coarse.Frequencies())
            Assert.True(Math.Abs(coarse[k] - fine[k]) <= coarse.Error(k), $"{string.Join(",", k)}");
        Assert.InRange(fine.TruncatedTrace(), 0.9, 1.0);
        Assert.Equal(8, fine.Multiplicity(1, 2, 3));
        Assert.Equal(2, fine.Multiplicity(0, -2, 0));
        Assert.Equal(fine[1, 2, 0], fine[-1, 2, 0]);
        Assert.NotNull(TorusSpectrum.CheckArguments(6, 4, 64));
        Assert.NotNull(TorusSpectrum.CheckArguments(3, 4, 4));
        Assert.Null(TorusSpectrum.CheckArguments(3, 4, 16));
        Assert.Equal(64, TorusSpectrum.DefaultIntervals(12));
    }

    [Fact]
    public void Gap_eigenvalue_is_the_eigenvalue_of_the_shift_symmetrised_harmonic()
    {
        // K_GAP(x, z) = (1/d²)Σ_(s,s') F(cos(θ_(x,m+s) − θ_(z,m+s'))); apply it to Ȳ_k = (1/d)Σ_s e^(i(τ_s k)·θ) by a
        // periodic trapezoid over z (exact for these trigonometric degrees up to aliasing of λ beyond 2·16).
        const int d = 3, grid = 16;
        var net = new CanonicalConvNet(true, ConvKernelKind.Gp, d, 3, 1);
        var spectrum = TorusSpectrum.Compute(net.EqKernel(), d, 3, 32);
        int[] k = [2, 1, 0];
        double[] x = [0.3, 1.9, -2.2];
        double Ybar(double[] theta) =>
            Enumerable.Range(0, d).Average(s => Math.Cos(Enumerable.Range(0, d).Sum(i => k[(i + s) % d] * theta[i])));
        var sum = 0.0;
        var cosines = new double[d];
        for (var index = 0; index < grid * grid * grid; index++)
        {
            double[] z = [2 * Math.PI * (index % grid) / grid, 2 * Math.PI * (index / grid % grid) / grid, 2 * Math.PI * (index / (grid * grid)) / grid];
            var kernel = 0.0;
            for (var s = 0; s < d; s++)
                for (var sp = 0; sp < d; sp++)
                {
                    for (var m = 0; m < d; m++) cosines[m] = Math.Cos(x[(m + s) % d] - z[(m + sp) % d]);
                    kernel += net.Evaluate(cosines);
                }

            sum += kernel / (d * d) * Ybar(z);
        }

        var applied = sum / (grid * grid * grid);
        Assert.True(Tolerance.Close(applied, spectrum.Gap(k) * Ybar(x), 1e-6, 1e-9), $"{applied} vs {spectrum.Gap(k) * Ybar(x)}");
        Assert.Equal((spectrum[2, 1, 0] + spectrum[1, 0, 2] + spectrum[0, 2, 1]) / 3, spectrum.Gap(k), 15);
    }
}
