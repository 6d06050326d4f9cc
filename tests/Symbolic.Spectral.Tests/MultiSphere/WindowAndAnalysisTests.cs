using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Spectral.Tests.MultiSphere;

public sealed class WindowAndAnalysisTests
{
    [Theory] // §2.6 windows for d = 7, q = 3, L = 2: level-1 patches {c−1, c, c+1}, |c| ≤ 1; level 2 = {−2 … 2}
    [InlineData(new[] { 1, 0, 0, 0, 0, 0, 0 }, 1, 3)]
    [InlineData(new[] { 0, 2, 1, 0, 0, 0, 0 }, 1, 3)]
    [InlineData(new[] { 0, 1, 0, 0, 0, 1, 0 }, 2, 5)]
    [InlineData(new[] { 0, 0, 1, 0, 0, 1, 0 }, 2, 5)]
    [InlineData(new[] { 0, 0, 0, 1, 0, 0, 0 }, 0, 0)]
    [InlineData(new[] { 0, 0, 0, 0, 0, 0, 0 }, 0, 0)]
    public void Smallest_window(int[] k, int level, int size)
    {
        var window = HierarchicalWindow.Smallest(k, 3, 2);
        Assert.Equal(level, window?.Level ?? 0);
        Assert.Equal(size, window?.Size ?? 0);
        var net = new CanonicalConvNet(true, ConvKernelKind.Gp, 7, 3, 2);
        Assert.Equal(size == 0 ? null : size * 2 + 3.0, DecayRule.PredictedExponent(net, 3, k));
        Assert.Equal(size == 0 && k.Any(v => v != 0), DecayRule.PredictedZero(net, k));
    }

    [Fact]
    public void Analysis_report_rows_carry_eigenvalues_windows_and_gap_values()
    {
        var net = new CanonicalConvNet(true, ConvKernelKind.Ntk, 4, 3, 1);
        var report = MultiSphereAnalysis.Analyse(net, 2, 2, intervals: 16);
        Assert.Equal(81, report.Rows.Length);
        Assert.Equal(3, report.Locality.Length);
        var row = report.Rows.Single(r => r.Frequency.SequenceEqual([1, 1, 0, 0]));
        Assert.Equal(1, row.WindowLevel);
        Assert.Equal(3, row.WindowSize);
        Assert.Equal(4, row.PredictedExponent);
        Assert.Equal(4, row.Multiplicity);
        Assert.True(row.Lambda > 0 && row.Gap > 0 && row.Gap < row.Lambda);
        Assert.True(report.Rows.Where(r => r.PredictedZero).All(r => Math.Abs(r.Lambda) < 1e-13));
        Assert.Equal(report.Rows[0].Lambda, report.ConstantEigenvalue);
        Assert.InRange(report.TruncatedTrace, 0.9, 1);
        var series = MultiSphereAnalysis.Analyse(net, 3, 2, seriesDegree: 16);
        Assert.Contains("power series", series.Method);
        Assert.Equal(3 * 2 + 1, series.Rows.Single(r => r.Frequency.SequenceEqual([1, 1, 0, 0])).PredictedExponent);
    }
}
