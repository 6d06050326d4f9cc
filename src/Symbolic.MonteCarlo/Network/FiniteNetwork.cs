using System.Diagnostics.CodeAnalysis;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// A <see cref="Layer"/> value interpreted at finite width m (STYLE §3.8): the same records the kernel layer maps to
/// infinite-width kernels, as a random network that can be sampled. Parameterisation (NTK, as the kernel layer assumes):
/// the input x ∈ S^(d−1) enters as √d·x, so its kernel is t = ⟨x, z⟩; a dense layer computes √(σ_w²/n)·W·h + σ_b·β with
/// W, β i.i.d. N(0, 1) and n the fan-in; an activation computes √c_φ·φ(h); a residual block x + α·f(x); fan-outs copy,
/// faninsum adds and faninconcat concatenates (the next fan-in is the total width). For the ResNet preset this is exactly the network of fc-resnet.md §8; for the FC preset, Arora's network
/// of §1.3 (c_σ = 2). The output f is one unit (width 1): the architecture's final dense layer, or a fixed readout
/// f = uᵀy/√m appended when the architecture ends otherwise (its kernel map is the identity).
/// </summary>
/// <remarks>Sampling is deterministic: every weight is drawn from a stream keyed by (seed, dense layer, row) with
/// <see cref="SplitMix64.Derive"/>, so a seed gives bit-identical kernels on any thread.</remarks>
public sealed class FiniteNetwork
{
    private readonly List<NetworkNode> _nodes;

    private FiniteNetwork(Layer architecture, int width, int inputDimension, List<NetworkNode> nodes, bool appendedReadout)
    {
        (Architecture, Width, InputDimension, _nodes, AppendedReadout) = (architecture, width, inputDimension, nodes, appendedReadout);
        InputGrid = nodes[0].Grid;
        DenseLayers = nodes.OfType<DenseNode>().Count();
        ConvLayers = nodes.OfType<ConvNode>().Count();
        TrainedLayers = nodes.OfType<DenseNode>().Count(d => d.Trained) + nodes.OfType<ConvNode>().Count(c => c.Trained);
        Depth = LongestPath(nodes);
        WeightCount = nodes.OfType<DenseNode>().Sum(d => (long)d.Width * (nodes[d.Inputs[0]].Width + (d.BiasVariance > 0 ? 1 : 0)))
                    + nodes.OfType<ConvNode>().Sum(c => (long)c.Channels * (c.FanIn + (c.BiasVariance > 0 ? 1 : 0)));
    }

    /// <summary>The architecture sampled.</summary>
    public Layer Architecture { get; }

    /// <summary>The width m of every hidden dense layer.</summary>
    public int Width { get; }

    /// <summary>The input dimension d, or the input channels C₀ of an image network.</summary>
    public int InputDimension { get; }

    /// <summary>The pixel grid of an image network's inputs (null for vector inputs).</summary>
    public ImageShape? InputGrid { get; }

    /// <summary>Number of convolutions (dense layers on images count here, as 1×1 convolutions).</summary>
    public int ConvLayers { get; }

    /// <summary>Whether a fixed readout was appended (the architecture does not end in a dense layer).</summary>
    public bool AppendedReadout { get; }

    /// <summary>Number of dense layers, readout included (repetitions unrolled).</summary>
    public int DenseLayers { get; }

    /// <summary>Number of trained dense and conv layers (the terms of the NTK).</summary>
    public int TrainedLayers { get; }

    /// <summary>Number of sampled parameters (weights and nonzero-variance biases) of one network: the cost of a forward
    /// pass is proportional to it.</summary>
    public long WeightCount { get; }

    /// <summary>Number of nonlinearities, dense and conv layers on the longest input-to-output path (the depth that sets
    /// the size of finite-width corrections).</summary>
    public int Depth { get; }

    internal IReadOnlyList<NetworkNode> Nodes => _nodes;

    /// <summary>The finite network of <paramref name="architecture"/> at width <paramref name="width"/> with inputs in
    /// ℝ^<paramref name="inputDimension"/>, or false with a one-line reason (a nonlinearity on the raw input or on a
    /// concatenation with a non-Gaussian part, a concatenation of the raw input, summed branches of different widths,
    /// branches left open, a layer the sampler does not know).</summary>
    /// <exception cref="ArgumentOutOfRangeException">width &lt; 1 or inputDimension &lt; 2.</exception>
    public static bool TryBuild(Layer architecture, int width, int inputDimension, [NotNullWhen(true)] out FiniteNetwork? network,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputDimension, 2);
        network = null;
        var built = new NetworkBuilder(width, inputDimension).Build(architecture, out error);
        if (built is null)
        {
            error ??= $"{architecture.Spec} cannot be sampled";
            return false;
        }
        network = new FiniteNetwork(architecture, width, inputDimension, built.Value.Nodes, built.Value.AppendedReadout);
        error = null;
        return true;
    }

    /// <summary>The finite network of an image architecture (conv-dense.md §2.1) with <paramref name="width"/> channels in
    /// every hidden layer, on images of <paramref name="channels"/> = C₀ channels on <paramref name="grid"/>, or false with a
    /// one-line reason (as <see cref="TryBuild(Layer, int, int, out FiniteNetwork?, out string?)"/>, and: no head before
    /// the readout, a conv or head on a vector signal).</summary>
    /// <exception cref="ArgumentOutOfRangeException">width or channels &lt; 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="grid"/> is the scalar shape.</exception>
    public static bool TryBuild(Layer architecture, int width, int channels, ImageShape grid, [NotNullWhen(true)] out FiniteNetwork? network,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Rank == 0) throw new ArgumentException("An image network needs a line or grid shape, not a scalar.", nameof(grid));
        network = null;
        var built = new NetworkBuilder(width, channels, grid).Build(architecture, out error);
        if (built is null)
        {
            error ??= $"{architecture.Spec} cannot be sampled";
            return false;
        }
        network = new FiniteNetwork(architecture, width, channels, built.Value.Nodes, built.Value.AppendedReadout);
        error = null;
        return true;
    }

    /// <summary>As <see cref="TryBuild(Layer, int, int, ImageShape, out FiniteNetwork?, out string?)"/>, throwing when the
    /// architecture cannot be sampled.</summary>
    /// <exception cref="ArgumentException">The architecture cannot be sampled (the message says why).</exception>
    public static FiniteNetwork Build(Layer architecture, int width, int channels, ImageShape grid) =>
        TryBuild(architecture, width, channels, grid, out var network, out var error)
            ? network
            : throw new ArgumentException(error, nameof(architecture));

    /// <summary>As <see cref="TryBuild(Layer, int, int, out FiniteNetwork?, out string?)"/>, throwing when the architecture cannot be sampled.</summary>
    /// <exception cref="ArgumentException">The architecture cannot be sampled (the message says why).</exception>
    public static FiniteNetwork Build(Layer architecture, int width, int inputDimension = 3) =>
        TryBuild(architecture, width, inputDimension, out var network, out var error)
            ? network
            : throw new ArgumentException(error, nameof(architecture));

    /// <summary>Draws the network with <paramref name="seed"/> and returns its empirical NNGP (and NTK when
    /// <paramref name="ntk"/>, which costs a backward pass) on <paramref name="inputs"/>.</summary>
    /// <exception cref="ArgumentException">The inputs are not of dimension <see cref="InputDimension"/>.</exception>
    public EmpiricalKernels Sample(ulong seed, InputBatch inputs, bool ntk = true)
    {
        if (InputGrid is not null) throw new ArgumentException($"This network takes images on the grid {InputGrid}.", nameof(inputs));
        if (inputs.Dimension != InputDimension)
            throw new ArgumentException($"The inputs have dimension {inputs.Dimension}, the network {InputDimension}.", nameof(inputs));
        return NetworkPass.Run(_nodes, seed, inputs, ntk);
    }

    /// <summary>Draws the network with <paramref name="seed"/> and returns its empirical NNGP (and NTK when
    /// <paramref name="ntk"/>) on the images <paramref name="images"/>, which enter as √C₀·x pixel by pixel, so the
    /// per-pixel kernel of the input is Γᵢⱼ = ⟨xᵢ, zⱼ⟩ (conv-dense.md §1.2).</summary>
    /// <exception cref="ArgumentException">The network does not take images of this grid and channel count.</exception>
    public EmpiricalKernels Sample(ulong seed, ImagePoints images, bool ntk = true) => Sample(seed, images, ntk, shift: null);

    /// <summary>The image network drawn with <paramref name="seed"/>, optionally with one parameter shifted (tests).</summary>
    internal EmpiricalKernels Sample(ulong seed, ImagePoints images, bool ntk, ParameterShift? shift)
    {
        if (InputGrid is null || InputGrid != images.Shape || images.Channels != InputDimension)
            throw new ArgumentException($"The images are {images.Channels}×{images.Shape}, the network takes " +
                                        (InputGrid is null ? $"vectors of dimension {InputDimension}." : $"{InputDimension}×{InputGrid}."), nameof(images));
        int length = _nodes[0].Width;
        var signal = new double[images.Count * length];
        double root = Math.Sqrt(InputDimension);
        for (int b = 0; b < images.Count; b++)
            for (int i = 0; i < length; i++) signal[b * length + i] = root * images.Point(b)[i];
        return NetworkPass.Run(_nodes, seed, images.Count, signal, ntk, shift);
    }

    /// <summary>The network drawn with <paramref name="seed"/> with one parameter shifted (finite-difference tests).</summary>
    internal EmpiricalKernels Sample(ulong seed, InputBatch inputs, ParameterShift shift) => NetworkPass.Run(_nodes, seed, inputs, ntk: false, shift);

    private static int LongestPath(List<NetworkNode> nodes)
    {
        var depth = new int[nodes.Count];
        foreach (var node in nodes)
        {
            int deepest = node.Inputs.Length == 0 ? 0 : node.Inputs.Max(i => depth[i]);
            depth[node.Id] = deepest + (node is DenseNode or ActivationNode or ConvNode ? 1 : 0);
        }
        return depth[^1];
    }
}
