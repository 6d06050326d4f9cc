namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// One signal of a finite network: a width and the nodes it is computed from (the network is a DAG in topological
/// order; a fan-out is a node with several consumers). <see cref="IsRandom"/>: the signal depends on sampled weights;
/// <see cref="IsTrainable"/>: it depends on a trained layer, so the backward pass must reach it; <see cref="IsGaussian"/>:
/// its units are Gaussian at infinite width (dense outputs, and linear maps, sums and concatenations of them), which the
/// analytic duals of a following nonlinearity assume.
/// </summary>
internal abstract class NetworkNode(int id, int width, int[] inputs)
{
    public int Id { get; } = id;

    public int Width { get; set; } = width;

    public int[] Inputs { get; } = inputs;

    public bool IsRandom { get; init; }

    public bool IsTrainable { get; init; }

    public bool IsGaussian { get; init; }

    /// <summary>The pixel grid of an image signal (Width = channels × pixels, stored pixel-major), null for a vector.</summary>
    public Symbolic.Kernels.Images.ImageShape? Grid { get; init; }

    /// <summary>The channels of an image signal, or the width of a vector.</summary>
    public int Channels => Width / (Grid?.Pixels ?? 1);
}

/// <summary>The input √d·x for x on the unit sphere of ℝᵈ, so that (1/d)⟨√d·x, √d·z⟩ = t: the kernel of the input is t. An
/// image input (with a <see cref="NetworkNode.Grid"/>) is √C₀·x pixel by pixel, so its per-pixel kernel is Γᵢⱼ = ⟨xᵢ, zⱼ⟩.</summary>
internal sealed class InputNode(int width) : NetworkNode(0, width, []);

/// <summary>
/// h′ = √(σ_w²/n)·W·h + σ_b·β with W (width×n) and β (width) i.i.d. N(0, 1): the NTK parameterisation. The weights are
/// never stored: row i is regenerated from the key Derive(Derive(seed, <see cref="DenseIndex"/>), i) when needed.
/// </summary>
internal sealed class DenseNode(int id, int width, int input, double weightVariance, double biasVariance, bool trained, int denseIndex)
    : NetworkNode(id, width, [input])
{
    public double WeightVariance { get; } = weightVariance;

    public double BiasVariance { get; } = biasVariance;

    public bool Trained { get; } = trained;

    public int DenseIndex { get; } = denseIndex;
}

/// <summary>h′ = √c_φ·φ(h) elementwise.</summary>
internal sealed class ActivationNode(int id, int width, int input, PointwiseFunction function) : NetworkNode(id, width, [input])
{
    public PointwiseFunction Function { get; } = function;
}

/// <summary>h′ = c·h.</summary>
internal sealed class ScaleNode(int id, int width, int input, double factor) : NetworkNode(id, width, [input])
{
    public double Factor { get; } = factor;
}

/// <summary>h′ = Σᵢ hᵢ over inputs of one width (FanInSum; the skip sum of a residual block).</summary>
internal sealed class SumNode(int id, int width, int[] inputs) : NetworkNode(id, width, inputs);

/// <summary>h′ = [h₁; …; hₙ], the inputs' units side by side (FanInConcat): the width is the sum of theirs, so a dense
/// layer after it has fan-in Σ wᵢ (the DenseNet's Nₗ = (l + 1)m, conv-dense.md §3.2).</summary>
internal sealed class ConcatNode(int id, int width, int[] inputs) : NetworkNode(id, width, inputs);
