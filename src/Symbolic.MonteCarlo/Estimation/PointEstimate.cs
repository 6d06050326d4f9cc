namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// The Monte Carlo estimate of a kernel at one cosine t against its analytic value: mean and standard error over the
/// networks, z = (mean − analytic)/stderr, and the root-mean-square error of a single network's estimate.
/// </summary>
/// <param name="T">t = ⟨x, z⟩.</param>
/// <param name="Samples">Number of networks summarised.</param>
/// <param name="Mean">The mean empirical kernel.</param>
/// <param name="StdDev">Standard deviation over networks.</param>
/// <param name="StdErr">Standard error of the mean.</param>
/// <param name="Analytic">The infinite-width value (NaN when not given).</param>
/// <param name="RmsError">√(mean over networks of (K̂ − K)²), which shrinks like m^(−1/2).</param>
/// <param name="Excluded">Networks left out because their value was not finite (see <see cref="SampleSummary"/>).</param>
public sealed record PointEstimate(double T, int Samples, double Mean, double StdDev, double StdErr, double Analytic, double RmsError, int Excluded = 0)
{
    /// <summary>mean − analytic.</summary>
    public double Deviation => Mean - Analytic;

    /// <summary>z = (mean − analytic)/stderr; 0 when both are 0 (e.g. normalised kernels at t = 1), ±∞ when only the
    /// standard error is, NaN when either is undefined.</summary>
    public double Z => double.IsNaN(Deviation) || double.IsNaN(StdErr) ? double.NaN
        : StdErr > 0 ? Deviation / StdErr
        : Deviation == 0 ? 0
        : Deviation > 0 ? double.PositiveInfinity : double.NegativeInfinity;

    /// <summary>The estimate of per-network values <paramref name="values"/> at <paramref name="t"/>.</summary>
    public static PointEstimate Of(double t, ReadOnlySpan<double> values, double analytic)
    {
        var summary = SampleSummary.Of(values);
        return new(t, summary.Count, summary.Mean, summary.StdDev, summary.StdErr, analytic, SampleSummary.RmsDeviation(values, analytic), summary.Excluded);
    }
}
