using Symbolic.Kernels;
using Symbolic.Kernels.Layers;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The image layers of the builder (conv-dense.md §1.2, §2.1), interpreted as the kernel layer does: <see cref="Conv"/> is a
/// circular convolution with C = m output channels (on a vector signal, after a head, it is a dense layer); a dense layer on
/// an image is a 1×1 convolution (every pixel through the same matrix); the heads <see cref="EqHead"/>,
/// <see cref="GlobalAveragePooling"/> and <see cref="Flatten"/> turn an image into a vector (on a vector they are the
/// identity); activations, scales, residual sums and fan-outs act pixel by pixel and keep the grid.
/// </summary>
internal sealed partial class NetworkBuilder
{
    /// <summary>True when <paramref name="layer"/> is an image layer (or a dense layer on an image), with its result, or
    /// null and <paramref name="error"/>.</summary>
    private bool TryApplyImage(Layer layer, NetworkNode input, ref string? error, out (int[] Signals, bool Branched)? result)
    {
        result = null;
        var grid = input.Grid;
        switch (layer)
        {
            case Dense dense when grid is not null:
                result = Single(AddConv(input, 1, Value(dense.WeightVariance), Value(dense.BiasVariance), dense.Trained));
                return true;
            case Conv conv when grid is not null:
                result = Single(AddConv(input, conv.Filter, Value(conv.WeightVariance), Value(conv.BiasVariance), conv.Trained));
                return true;
            case Conv conv:
                result = Single(Add(new DenseNode(_nodes.Count, width, input.Id, Value(conv.WeightVariance), Value(conv.BiasVariance),
                    conv.Trained, _denseLayers++) { IsRandom = true, IsTrainable = conv.Trained || input.IsTrainable }));
                return true;
            case EqHead or GlobalAveragePooling or Flatten when grid is null:
                result = ([input.Id], false);
                return true;
            case EqHead eq when eq.Pixel < 0 || eq.Pixel >= grid!.Pixels:
                result = Fail($"{eq.Spec} reads pixel {eq.Pixel}, but the image ({grid}) has {grid.Pixels} pixels", ref error);
                return true;
            case EqHead eq:
                result = Single(AddHead(input, HeadKind.Pixel, eq.Pixel));
                return true;
            case GlobalAveragePooling:
                result = Single(AddHead(input, HeadKind.Average, 0));
                return true;
            case Flatten:
                result = Single(AddHead(input, HeadKind.Flatten, 0));
                return true;
            default:
                return false;
        }
    }

    private ConvNode AddConv(NetworkNode input, int filter, double weightVariance, double biasVariance, bool trained) =>
        (ConvNode)Add(new ConvNode(_nodes.Count, width, input, filter, weightVariance, biasVariance, trained, _denseLayers++)
            { IsRandom = true, IsTrainable = trained || input.IsTrainable });

    private HeadNode AddHead(NetworkNode input, HeadKind kind, int pixel) =>
        (HeadNode)Add(new HeadNode(_nodes.Count, input, kind, pixel) { IsRandom = input.IsRandom, IsTrainable = input.IsTrainable });
}
