using System.Collections.Immutable;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Studies;

/// <summary>
/// The variance of the empirical NTK against width and depth (the question of Hanin &amp; Nica 2019 for FC networks and
/// Littwin et al. 2020 for residual ones): for each depth L of an architecture family and each width m, the spread over
/// networks of Θ̂(x, z) at one cosine t (<see cref="VarianceCell"/>). Cell (L, m) draws from seed
/// Derive(Derive(seed, L), m), so cells are independent and reproducible.
/// </summary>
public static class NtkVarianceStudy
{
    /// <summary>One cell per (depth, width), depths outermost; <paramref name="family"/> maps a depth to an architecture.</summary>
    /// <exception cref="ArgumentException">An architecture cannot be sampled, or a value is out of range.</exception>
    public static ImmutableArray<VarianceCell> Run(Func<int, Layer> family, IReadOnlyList<int> depths, IReadOnlyList<int> widths, double t,
        SamplingOptions options, bool normalized = false, int inputDimension = 3, CancellationToken cancellation = default)
    {
        var inputs = InputBatch.OnSphere(inputDimension, [t]);
        var cells = ImmutableArray.CreateBuilder<VarianceCell>(depths.Count * widths.Count);
        foreach (int depth in depths)
        {
            var architecture = family(depth);
            foreach (int width in widths)
            {
                var network = FiniteNetwork.Build(architecture, width, inputDimension);
                var seed = SplitMix64.Derive(SplitMix64.Derive(options.Seed, (ulong)depth), (ulong)width);
                var run = MonteCarloSampler.Run(network, inputs, options with { Seed = seed, Ntk = true }, cancellation: cancellation);
                var summary = SampleSummary.Of(run.Values(KernelKind.Ntk, normalized, 0));
                double variance = summary.StdDev * summary.StdDev;
                cells.Add(new VarianceCell(depth, width, summary.Count, summary.Mean, variance, variance * Math.Sqrt(2.0 / (summary.Count - 1))));
            }
        }
        return cells.MoveToImmutable();
    }
}
