using Symbolic.Kernels.Images;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// A circular convolution in the NTK parameterisation (conv-dense.md §1.2, §2.1): h′_{c,p} = √(σ_w²/(Q·n))·Σ_{c′,k}
/// W_{c,c′,k}·h_{c′, neighbour(p,k)} + σ_b·β_c with W, β i.i.d. N(0, 1), n the input channels and Q = q (1-D) or q² (2-D)
/// the filter offsets. Row c of W (Q·n values, offset-major like a patch) is drawn from the key
/// Derive(Derive(seed, <see cref="LayerIndex"/>), c). A dense layer on an image is the case q = 1.
/// </summary>
internal sealed class ConvNode : NetworkNode
{
    public ConvNode(int id, int channels, NetworkNode input, int filter, double weightVariance, double biasVariance, bool trained, int layerIndex)
        : base(id, channels * input.Grid!.Pixels, [input.Id])
    {
        (Filter, WeightVariance, BiasVariance, Trained, LayerIndex) = (filter, weightVariance, biasVariance, trained, layerIndex);
        Grid = input.Grid;
        InputChannels = input.Channels;
        Offsets = input.Grid.Rank == 2 ? filter * filter : filter;
        Neighbours = NeighbourTable(input.Grid, filter);
    }

    /// <summary>q, the odd filter size.</summary>
    public int Filter { get; }

    public double WeightVariance { get; }

    public double BiasVariance { get; }

    public bool Trained { get; }

    /// <summary>The index of this layer among the network's weight layers (dense and conv): its key.</summary>
    public int LayerIndex { get; }

    /// <summary>n, the input channels.</summary>
    public int InputChannels { get; }

    /// <summary>Q, the filter offsets.</summary>
    public int Offsets { get; }

    /// <summary>The fan-in Q·n of one output unit (the length of a weight row and of a patch).</summary>
    public int FanIn => Offsets * InputChannels;

    /// <summary>[p·Q + k]: the pixel at offset k of pixel p.</summary>
    public int[] Neighbours { get; }

    /// <summary>The circular neighbour table of a filter of odd size q on <paramref name="shape"/>: entry [p·Q + k] is the
    /// pixel at offset k of pixel p (offsets (a, b) ∈ A_q × A_q in lexicographic order on a grid, a ∈ A_q along a line),
    /// the patch of conv-dense.md §1.2.</summary>
    private static int[] NeighbourTable(ImageShape shape, int filter)
    {
        int half = (filter - 1) / 2, offsets = shape.Rank == 2 ? filter * filter : filter;
        int[] rowOffsets = shape.Rank == 2 ? [.. Enumerable.Range(-half, filter)] : [0];
        var table = new int[shape.Pixels * offsets];
        for (int r = 0; r < shape.Height; r++)
            for (int c = 0; c < shape.Width; c++)
            {
                int k = 0, p = r * shape.Width + c;
                foreach (int a in rowOffsets)
                    for (int b = -half; b <= half; b++)
                        table[p * offsets + k++] = Mod(r + a, shape.Height) * shape.Width + Mod(c + b, shape.Width);
            }
        return table;
    }

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
