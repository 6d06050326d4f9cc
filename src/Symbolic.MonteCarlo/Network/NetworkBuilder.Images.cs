using Symbolic.Kernels;
using Symbolic.Kernels.Layers;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The image layers of the builder (conv-dense.md §1.2, §2.1): a dense layer on an image is a 1×1 convolution (every
/// pixel through the same matrix); activations, scales, residual sums and fan-outs act pixel by pixel and keep the grid.
/// </summary>
internal sealed partial class NetworkBuilder
{
    /// <summary>True when <paramref name="layer"/> is an image layer (or a dense layer on an image), with its result or
    /// null and an error.</summary>
    private bool TryApplyImage(Layer layer, NetworkNode input, ref string? error, out (int[] Signals, bool Branched)? result)
    {
        result = null;
        switch (layer)
        {
            case Dense dense when input.Grid is not null:
                result = Single(AddConv(input, 1, Value(dense.WeightVariance), Value(dense.BiasVariance), dense.Trained));
                return true;
            default:
                return false;
        }
    }

    private ConvNode AddConv(NetworkNode input, int filter, double weightVariance, double biasVariance, bool trained) =>
        (ConvNode)Add(new ConvNode(_nodes.Count, width, input, filter, weightVariance, biasVariance, trained, _denseLayers++)
            { IsRandom = true, IsTrainable = trained || input.IsTrainable });
}
