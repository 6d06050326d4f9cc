using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Network;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// Draws s independent finite networks and collects their empirical kernels: network i uses seed Derive(seed, i)
/// (<see cref="SplitMix64"/>), networks run in parallel, and every result lands in its own slot, so the run is
/// bit-identical for any thread count.
/// </summary>
public static class MonteCarloSampler
{
    /// <summary>Samples <paramref name="network"/> <see cref="SamplingOptions.Samples"/> times on <paramref name="inputs"/>;
    /// <paramref name="progress"/> receives the number of networks finished so far (in completion order).</summary>
    /// <exception cref="ArgumentException">The options are invalid (see <see cref="SamplingOptions.Check"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was triggered.</exception>
    public static MonteCarloRun Run(FiniteNetwork network, InputBatch inputs, SamplingOptions options,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        if (options.Check() is { } error) throw new ArgumentException(error, nameof(options));
        return new MonteCarloRun(network, inputs, options, Draw(options, seed => network.Sample(seed, inputs, options.Ntk), progress, cancellation));
    }

    /// <summary>Samples the image network <paramref name="network"/> <see cref="SamplingOptions.Samples"/> times on the
    /// images <paramref name="images"/> (network i with seed Derive(seed, i), bit-identical for any thread count).</summary>
    /// <exception cref="ArgumentException">The options are invalid, or the network does not take these images.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was triggered.</exception>
    public static ImageMonteCarloRun Run(FiniteNetwork network, ImagePoints images, SamplingOptions options,
        IProgress<int>? progress = null, CancellationToken cancellation = default)
    {
        if (options.Check() is { } error) throw new ArgumentException(error, nameof(options));
        network.Sample(0, images, ntk: false);   // fails fast on a grid or channel mismatch
        return new ImageMonteCarloRun(network, images, options, Draw(options, seed => network.Sample(seed, images, options.Ntk), progress, cancellation));
    }

    private static System.Collections.Immutable.ImmutableArray<EmpiricalKernels> Draw(SamplingOptions options, Func<ulong, EmpiricalKernels> sample,
        IProgress<int>? progress, CancellationToken cancellation)
    {
        var samples = new EmpiricalKernels[options.Samples];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellation };
        System.Threading.Tasks.Parallel.For(0, options.Samples, parallel, i =>
        {
            samples[i] = sample(SplitMix64.Derive(options.Seed, (ulong)i));
            progress?.Report(Interlocked.Increment(ref done));
        });
        return [.. samples];
    }

    /// <summary>Builds the network of <paramref name="architecture"/> at <paramref name="width"/> (inputs in ℝ^<paramref name="inputDimension"/>)
    /// and samples it at <paramref name="cosines"/>.</summary>
    /// <exception cref="ArgumentException">The architecture cannot be sampled, or a value is out of range.</exception>
    public static MonteCarloRun Run(Layer architecture, int width, IEnumerable<double> cosines, SamplingOptions options, int inputDimension = 3) =>
        Run(FiniteNetwork.Build(architecture, width, inputDimension), InputBatch.OnSphere(inputDimension, cosines), options);
}
