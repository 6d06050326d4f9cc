using FsCheck;
using FsCheck.Xunit;
using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.Decay;

public sealed class DecayFitTests
{
    [Fact]
    public void Exact_power_laws_are_recovered_per_parity()
    {
        var degrees = Enumerable.Range(0, 101).ToArray();
        var values = degrees.Select(k => k % 2 == 0 ? 3.0 * Math.Pow(k, -4) : 0.5 * Math.Pow(k, -2.5)).ToArray();
        var fit = DecayFit.PowerLaw(degrees, values, new DegreeWindow(10, 100));

        Assert.Equal(-4, fit.Even.Slope!.Value, 12);
        Assert.Equal(3, fit.Even.Prefactor!.Value, 10);
        Assert.Equal(1, fit.Even.RSquared!.Value, 12);
        Assert.Equal(46, fit.Even.Points);
        Assert.Equal(-2.5, fit.OddSlope!.Value, 12);
        Assert.Equal(0.5, fit.Odd.Prefactor!.Value, 11);
        Assert.Equal(45, fit.Odd.Points);
        Assert.Equal(0, fit.Odd.Skipped);
        Assert.Equal((10, 100), (fit.Min, fit.Max));
        Assert.Equal(3.0 * Math.Pow(20, -4), fit.Even.Evaluate(20), 15);
    }

    [Property(Arbitrary = [typeof(SpectralArbitrary)], MaxTest = 100, Replay = "(1234,5679)")]
    public bool Fit_recovers_any_exact_power_law(PowerLawCase c)
    {
        var degrees = Enumerable.Range(0, c.Max + 3).ToArray();
        var values = degrees.Select(k => k == 0 ? 1 : c.Prefactor * Math.Pow(k, c.Slope)).ToArray();
        var fit = DecayFit.PowerLaw(degrees, values, new DegreeWindow(c.Min, c.Max));
        return new[] { fit.Even, fit.Odd }.All(p =>
            Math.Abs(p.Slope!.Value - c.Slope) <= 1e-9 && Tolerance.Close(p.Prefactor!.Value, c.Prefactor, relative: 1e-8)
            && p.RSquared > 1 - 1e-12 && p.Skipped == 0)
            && fit.Even.Points + fit.Odd.Points == c.Max - c.Min + 1;
    }

    [Fact]
    public void Constant_values_have_a_zero_slope_and_no_r_squared()
    {
        var fit = DecayFit.PowerLaw([2, 4, 6], [0.5, 0.5, 0.5], new DegreeWindow(1, 10));
        Assert.Equal(0, fit.EvenSlope!.Value, 14);
        Assert.Null(fit.Even.RSquared);
    }

    [Fact]
    public void Zeros_negatives_and_noise_are_skipped_and_counted()
    {
        int[] degrees = [2, 3, 4, 5, 6, 7, 8, 9];
        double[] values = [1, 0, 0.5, -1e-17, 0.25, double.NaN, 0.125, 1e-18];
        var fit = DecayFit.PowerLaw(degrees, values, new DegreeWindow(2, 9), floor: 1e-15);
        Assert.Equal(4, fit.Even.Points);
        Assert.Equal(0, fit.Even.Skipped);
        Assert.Equal(0, fit.Odd.Points);
        Assert.Equal(4, fit.Odd.Skipped);
        Assert.Null(fit.OddSlope);
        Assert.Null(fit.Odd.RSquared);
        Assert.True(fit.Even.RSquared < 1);
        Assert.True(double.IsNaN(fit.Odd.Evaluate(3)));
    }

    [Fact]
    public void Fit_of_a_spectrum_skips_the_vanishing_parity_of_the_two_layer_ntk()
    {
        var spectrum = MercerSpectrum.OnSphere(ReluKernels.TwoLayerNtk, 3, 120);
        var fit = DecayFit.PowerLaw(spectrum, new DegreeWindow(40, 120));
        Assert.Equal(41, fit.Even.Points);
        Assert.Equal(40, fit.Odd.Skipped);
        Assert.Null(fit.OddSlope);
        Assert.True(Math.Abs(fit.EvenSlope!.Value + 3) < 0.03, $"{fit.EvenSlope}"); // −2.98 expected (fc-resnet.md §5.3)
        Assert.True(fit.Even.RSquared > 0.9999);
    }

    [Fact]
    public void Default_window_is_the_upper_two_thirds()
    {
        Assert.Equal(new DegreeWindow(40, 120), DegreeWindow.Default(120));
        Assert.Equal(new DegreeWindow(1, 1), DegreeWindow.Default(1));
        Assert.Equal(new DegreeWindow(34, 100), DegreeWindow.Default(100));
        Assert.Null(DegreeWindow.Check(1, 5));
        Assert.NotNull(DegreeWindow.Check(0, 5));
        Assert.NotNull(DegreeWindow.Check(6, 5));
        Assert.Equal(new DegreeWindow(1, 50), new DegreeWindow(0, 400).ClampTo(50));
    }

    [Fact]
    public void Ratios_to_the_prediction_are_exactly_one_for_end_point_power_kernels()
    {
        // κ = c₁(1 − t)^ν + c₋₁(1 + t)^ν has exactly the Γ-ratio spectrum (fc-resnet.md §3, parity mechanism).
        const double nu = 0.5, c1 = -0.7, cMinus1 = 0.2;
        var spectrum = MercerSpectrum.OnSphere(t => c1 * Math.Pow(1 - t, nu) + cMinus1 * Math.Pow(1 + t, nu), 3, 60);
        var prediction = DecayPrediction.Create(3, nu, c1, cMinus1);
        var ratios = DecayFit.RatiosToPrediction(spectrum, prediction);
        Assert.Equal(60, ratios.Length);
        Assert.Equal(1, ratios[0].Degree);
        Assert.All(ratios, r => Assert.True(Tolerance.Close(r.Ratio!.Value, 1, relative: 1e-9), $"k = {r.Degree}: {r.Ratio}"));
        Assert.True(Math.Abs(ratios[59].PowerLawRatio!.Value - 1) > 1e-3); // the bare power is off by O(1/k)

        var window = DecayFit.RatiosToPrediction(spectrum, prediction, new DegreeWindow(10, 20));
        Assert.Equal(Enumerable.Range(10, 11), window.Select(r => r.Degree));
        Assert.Throws<ArgumentException>(() => DecayFit.RatiosToPrediction(spectrum, DecayPrediction.Create(2, nu, c1, 0)));
    }
}
