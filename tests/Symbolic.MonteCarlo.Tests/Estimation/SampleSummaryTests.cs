using Symbolic.MonteCarlo.Estimation;

namespace Symbolic.MonteCarlo.Tests.Estimation;

/// <summary>Mean, standard error, z-score and the exclusion of undefined per-network values.</summary>
public sealed class SampleSummaryTests
{
    [Fact]
    public void Summary_of_known_values()
    {
        var s = SampleSummary.Of([1, 2, 3, 4]);
        Assert.Equal(4, s.Count);
        Assert.Equal(2.5, s.Mean, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3), s.StdDev, 15);
        Assert.Equal(Math.Sqrt(5.0 / 3) / 2, s.StdErr, 15);
        Assert.Equal(0, s.Excluded);
        Assert.Equal(Math.Sqrt(7.5), SampleSummary.RmsDeviation([1, 2, 3, 4], 0), 15);
    }

    [Fact]
    public void Undefined_values_are_left_out_and_counted()
    {
        var s = SampleSummary.Of([1, double.NaN, 3]);
        Assert.Equal(2, s.Count);
        Assert.Equal(1, s.Excluded);
        Assert.Equal(2, s.Mean, 15);
        var e = PointEstimate.Of(0.3, [1, double.NaN, 3], analytic: 2.5);
        Assert.Equal(1, e.Excluded);
        Assert.Equal(-0.5, e.Deviation, 15);
        Assert.Equal(-0.5, e.Z, 15);   // stderr = √2/√2 = 1
    }

    [Fact]
    public void Z_is_zero_for_an_exact_match_without_noise_and_infinite_for_a_miss()
    {
        Assert.Equal(0, PointEstimate.Of(1, [1, 1, 1], 1).Z);
        Assert.Equal(double.PositiveInfinity, PointEstimate.Of(1, [1, 1, 1], 0.5).Z);
        Assert.True(double.IsNaN(PointEstimate.Of(1, [1, 2], double.NaN).Z));
    }
}
