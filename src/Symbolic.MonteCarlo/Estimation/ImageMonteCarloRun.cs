using System.Collections.Immutable;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Images;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// The empirical kernels of s independently drawn image networks on one <see cref="ImageBatch"/>, in network order, with
/// the estimators built on them: per-network K̂(a, b) for any pair of images (raw, or normalised per network by the
/// empirical diagonals), and mean, standard error and z-score against analytic values.
/// </summary>
public sealed class ImageMonteCarloRun
{
    internal ImageMonteCarloRun(FiniteNetwork network, ImageBatch images, SamplingOptions options, ImmutableArray<EmpiricalKernels> samples) =>
        (Network, Images, Options, Samples) = (network, images, options, samples);

    /// <summary>The network sampled.</summary>
    public FiniteNetwork Network { get; }

    /// <summary>The images.</summary>
    public ImageBatch Images { get; }

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
    /// is the mean pixel cosine (1/P)·Σᵢ⟨aᵢ, bᵢ⟩ of the pair (a label: image kernels are not functions of it).</summary>
    public PointEstimate Estimate(KernelKind kind, bool normalized, int a, int b, double analytic)
    {
        int pixels = Images.Grid.Pixels;
        double label = Enumerable.Range(0, pixels).Sum(i => Images.PixelCosine(a, i, b, i)) / pixels;
        return PointEstimate.Of(label, Values(kind, normalized, a, b), analytic);
    }
}
