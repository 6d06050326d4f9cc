using System.Collections.Immutable;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// The empirical kernels of s independently drawn image networks on one <see cref="ImagePoints"/>, in network order, with
/// the estimators built on them: per-network K̂(a, b) for any pair of images (raw, or normalised per network by the
/// empirical diagonals), and mean, standard error and z-score against analytic values.
/// </summary>
public sealed class ImageMonteCarloRun
{
    internal ImageMonteCarloRun(FiniteNetwork network, ImagePoints images, SamplingOptions options, ImmutableArray<EmpiricalKernels> samples) =>
        (Network, Images, Options, Samples) = (network, images, options, samples);

    /// <summary>The network sampled.</summary>
    public FiniteNetwork Network { get; }

    /// <summary>The images.</summary>
    public ImagePoints Images { get; }

    /// <summary>Sample count, seed and threads.</summary>
    public SamplingOptions Options { get; }

    /// <summary>The empirical kernels of each network, in network order.</summary>
    public ImmutableArray<EmpiricalKernels> Samples { get; }

    /// <summary>The channel count C of the hidden layers.</summary>
    public int Width => Network.Width;

    /// <summary>K̂(image a, image b) of every network, in network order.</summary>
    /// <exception cref="InvalidOperationException">The NTK is asked for but was not computed.</exception>
    public double[] Values(KernelKind kind, bool normalized, int a, int b)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(b);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(a, Images.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(b, Images.Count);
        if (kind == KernelKind.Ntk && !Options.Ntk) throw new InvalidOperationException("This run did not compute the NTK.");
        return [.. Samples.Select(s => s.Value(kind, normalized, a, b))];
    }

    /// <summary>The estimate of K(image a, image b) against <paramref name="analytic"/>; its <see cref="PointEstimate.T"/>
    /// is the mean pixel inner product (1/P)·Σᵢ⟨aᵢ, bᵢ⟩ of the pair (a label: image kernels are not functions of it).</summary>
    public PointEstimate Estimate(KernelKind kind, bool normalized, int a, int b, double analytic)
    {
        int pixels = Images.Shape.Pixels, c0 = Images.Channels;
        ReadOnlySpan<double> x = Images.Point(a), z = Images.Point(b);
        double label = 0;
        for (int i = 0; i < pixels * c0; i++) label += x[i] * z[i];
        label /= pixels;
        return PointEstimate.Of(label, Values(kind, normalized, a, b), analytic);
    }

    /// <summary>The estimates of K(image 0, image j), j = 1…k−1, against <paramref name="analytic"/> (one value per j, as
    /// <see cref="AnalyticKernel.ImageValues"/> returns them).</summary>
    /// <exception cref="ArgumentException">The number of analytic values is not k − 1.</exception>
    public ImmutableArray<PointEstimate> Estimates(KernelKind kind, bool normalized, IReadOnlyList<double> analytic)
    {
        if (analytic.Count != Images.Count - 1)
            throw new ArgumentException($"Expected {Images.Count - 1} analytic values, got {analytic.Count}.", nameof(analytic));
        return [.. Enumerable.Range(1, Images.Count - 1).Select(j => Estimate(kind, normalized, 0, j, analytic[j - 1]))];
    }
}
