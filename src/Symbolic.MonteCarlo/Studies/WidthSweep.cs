using System.Collections.Immutable;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Studies;

/// <summary>
/// The empirical kernel at several widths (e.g. m = 64…4096) with fits of its error against m: the O(1/m) bias and the
/// m^(−1/2) fluctuation (<see cref="SweepFit"/>). Width m draws its networks from seed Derive(seed, m)
/// (<see cref="SplitMix64"/>), so the widths are independent samples and the sweep is reproducible.
/// </summary>
public static class WidthSweep
{
    /// <summary>Samples <paramref name="architecture"/> at each width and fits the errors against
    /// <paramref name="analytic"/> (one value per cosine); <paramref name="progress"/> counts networks over all widths.</summary>
    /// <exception cref="ArgumentException">The architecture cannot be sampled, fewer than two widths, a width below 1,
    /// or the number of analytic values differs from the number of cosines.</exception>
    public static WidthSweepResult Run(Layer architecture, IReadOnlyList<int> widths, IReadOnlyList<double> cosines, SamplingOptions options,
        KernelKind kind, bool normalized, IReadOnlyList<double> analytic, int inputDimension = 3,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        if (widths.Count < 2 || widths.Distinct().Count() < 2) throw new ArgumentException("A sweep needs at least two distinct widths.", nameof(widths));
        if (analytic.Count != cosines.Count) throw new ArgumentException("One analytic value per cosine is needed.", nameof(analytic));
        var inputs = InputBatch.OnSphere(inputDimension, cosines);
        var rows = ImmutableArray.CreateBuilder<WidthRow>(widths.Count);
        int offset = 0;
        foreach (int width in widths)
        {
            var network = FiniteNetwork.Build(architecture, width, inputDimension);
            int before = offset;
            var shifted = progress is null ? null : new Progress(done => progress.Report(before + done));
            var run = MonteCarloSampler.Run(network, inputs, options with { Seed = SplitMix64.Derive(options.Seed, (ulong)width) }, shifted, cancellation);
            rows.Add(new WidthRow(width, run.Estimates(kind, normalized, analytic)));
            offset += options.Samples;
        }
        var result = rows.MoveToImmutable();
        return new WidthSweepResult(result, [.. Enumerable.Range(0, cosines.Count).Select(j => Fit(result, j))]);
    }

    private static SweepFit Fit(ImmutableArray<WidthRow> rows, int point)
    {
        var estimates = rows.Select(r => r.Points[point]).ToList();
        var inverse = rows.Select(r => 1.0 / r.Width).ToList();
        var logWidth = rows.Select(r => Math.Log(r.Width)).ToList();
        LineFit? deviation = estimates.All(e => e.StdErr > 0 && double.IsFinite(e.Deviation))
            ? LineFit.Weighted(inverse, [.. estimates.Select(e => e.Deviation)], [.. estimates.Select(e => e.StdErr)])
            : null;
        LineFit? rms = estimates.All(e => e.RmsError > 0 && double.IsFinite(e.RmsError))
            ? LineFit.Ordinary(logWidth, [.. estimates.Select(e => Math.Log(e.RmsError))])
            : null;
        LineFit? absolute = estimates.All(e => Math.Abs(e.Deviation) > 0 && double.IsFinite(e.Deviation))
            ? LineFit.Ordinary(logWidth, [.. estimates.Select(e => Math.Log(Math.Abs(e.Deviation)))])
            : null;
        return new SweepFit(estimates[0].T, deviation, rms, absolute);
    }

    /// <summary>Reports synchronously (unlike <see cref="Progress{T}"/>, which posts to a synchronisation context).</summary>
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
