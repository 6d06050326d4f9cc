using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>Image networks assembled node by node (bypassing the builder), so the pass can be checked on its own.</summary>
internal sealed class HandBuiltNetworks(int channels, ImageShape grid)
{
    private readonly List<NetworkNode> _nodes = [new InputNode(channels * grid.Pixels) { Grid = grid }];
    private int _layers;

    public IReadOnlyList<NetworkNode> Nodes => _nodes;

    public int Last => _nodes.Count - 1;

    public int Conv(int input, int width, int filter, double w = 1, double b = 0, bool trained = true) =>
        Add(new ConvNode(_nodes.Count, width, _nodes[input], filter, w, b, trained, _layers++) { IsRandom = true, IsTrainable = true });

    public int Relu(int input) =>
        Add(new ActivationNode(_nodes.Count, _nodes[input].Width, input, PointwiseFunction.TryCreate(Kernels.Activations.Relu.Instance, out _)!)
            { IsRandom = true, IsTrainable = true, Grid = _nodes[input].Grid });

    public int Scale(int input, double factor) =>
        Add(new ScaleNode(_nodes.Count, _nodes[input].Width, input, factor) { IsRandom = true, IsTrainable = true, Grid = _nodes[input].Grid });

    public int Sum(int a, int b) =>
        Add(new SumNode(_nodes.Count, _nodes[a].Width, [a, b]) { IsRandom = true, IsTrainable = true, Grid = _nodes[a].Grid });

    public int Head(int input, HeadKind kind, int pixel = 0) =>
        Add(new HeadNode(_nodes.Count, _nodes[input], kind, pixel) { IsRandom = true, IsTrainable = true });

    public int Readout(int input, bool trained = true) =>
        Add(new DenseNode(_nodes.Count, 1, input, 1, 0, trained, _layers++) { IsRandom = true, IsTrainable = true });

    /// <summary>Every sampled parameter of the trained layers, as zero shifts.</summary>
    public IEnumerable<ParameterShift> Parameters()
    {
        foreach (var node in _nodes)
        {
            var (index, rows, columns, bias, trained) = node switch
            {
                ConvNode c => (c.LayerIndex, c.Channels, c.FanIn, c.BiasVariance > 0, c.Trained),
                DenseNode d => (d.DenseIndex, d.Width, _nodes[d.Inputs[0]].Width, d.BiasVariance > 0, d.Trained),
                _ => (-1, 0, 0, false, false),
            };
            if (!trained) continue;
            for (int row = 0; row < rows; row++)
            {
                for (int column = 0; column < columns; column++) yield return new ParameterShift(index, row, column, 0);
                if (bias) yield return new ParameterShift(index, row, -1, 0);
            }
        }
    }

    /// <summary>The input signals √C₀·x of <paramref name="images"/>.</summary>
    public static double[] Signal(ImagePoints images)
    {
        int length = images.Shape.Pixels * images.Channels;
        var signal = new double[images.Count * length];
        for (int b = 0; b < images.Count; b++)
            for (int i = 0; i < length; i++) signal[b * length + i] = Math.Sqrt(images.Channels) * images.Point(b)[i];
        return signal;
    }

    private int Add(NetworkNode node)
    {
        _nodes.Add(node);
        return node.Id;
    }
}
