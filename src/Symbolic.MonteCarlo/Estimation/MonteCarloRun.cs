using System.Collections.Immutable;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// The empirical kernels of s independently drawn networks on one input batch, in network order, with the estimators
/// built on them: per-network values K̂(x₀, zⱼ) (raw, or normalised per network by the empirical diagonal, which as
/// fc-resnet.md §8 notes shrinks the error bars), and their mean, standard error and z-score against analytic values.
/// </summary>
public sealed class MonteCarloRun
{
    internal MonteCarloRun(FiniteNetwork network, InputBatch inputs, SamplingOptions options, ImmutableArray<EmpiricalKernels> samples) =>
        (Network, Inputs, Options, Samples) = (network, inputs, options, samples);

    /// <summary>The network sampled.</summary>
    public FiniteNetwork Network { get; }

    /// <summary>The inputs: x₀ and one zⱼ per cosine.</summary>
    public InputBatch Inputs { get; }

    /// <summary>Sample count, seed and threads.</summary>
    public SamplingOptions Options { get; }

    /// <summary>The empirical kernels of each network, in network order.</summary>
    public ImmutableArray<EmpiricalKernels> Samples { get; }

    /// <summary>The width m.</summary>
    public int Width => Network.Width;

    /// <summary>The cosines tⱼ.</summary>
    public ImmutableArray<double> Cosines => Inputs.Cosines;

    /// <summary>K̂(x₀, zⱼ) of every network, in network order, for point <paramref name="point"/> = j.</summary>
    /// <exception cref="InvalidOperationException">The NTK is asked for but was not computed.</exception>
    public double[] Values(KernelKind kind, bool normalized, int point)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(point);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(point, Cosines.Length);
        if (kind == KernelKind.Ntk && !Options.Ntk) throw new InvalidOperationException("This run did not compute the NTK.");
        return [.. Samples.Select(s => s.Value(kind, normalized, 0, point + 1))];
    }

    /// <summary>The estimate at point <paramref name="point"/> against <paramref name="analytic"/>.</summary>
    public PointEstimate Estimate(KernelKind kind, bool normalized, int point, double analytic) =>
        PointEstimate.Of(Cosines[point], Values(kind, normalized, point), analytic);

    /// <summary>The estimates at every point against <paramref name="analytic"/> (one value per cosine).</summary>
    /// <exception cref="ArgumentException">The number of analytic values differs from the number of cosines.</exception>
    public ImmutableArray<PointEstimate> Estimates(KernelKind kind, bool normalized, IReadOnlyList<double> analytic)
    {
        if (analytic.Count != Cosines.Length)
            throw new ArgumentException($"Expected {Cosines.Length} analytic values, got {analytic.Count}.", nameof(analytic));
        return [.. Enumerable.Range(0, Cosines.Length).Select(j => Estimate(kind, normalized, j, analytic[j]))];
    }
}
