using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.Kernels.Derivation;

/// <summary>Structural walks over a layer tree (iterative; layer trees are shallow, repetition is a count).</summary>
public static class LayerTree
{
    /// <summary>The direct sub-layers of <paramref name="layer"/> (a preset's expansion counts as its child).</summary>
    public static IEnumerable<Layer> Children(Layer layer) => layer switch
    {
        Serial s => s.Layers,
        Parallel p => p.Layers,
        Repeat r => [r.Layer],
        Residual r => [r.Branch],
        Preset p => [p.Expand()],
        _ => [],
    };

    /// <summary>Every activation used anywhere in <paramref name="layer"/>, in order of first appearance.</summary>
    public static IEnumerable<Activation> Activations(Layer layer)
    {
        var stack = new Stack<Layer>([layer]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is Nonlinearity n) yield return n.Activation;
            foreach (var child in Children(current).Reverse()) stack.Push(child);
        }
    }

    /// <summary>How many dense layers the network applies (repetitions counted), and how many of them are trained.</summary>
    public static (long Dense, long Trained) CountDense(Layer layer)
    {
        long dense = 0, trained = 0;
        var stack = new Stack<(Layer Layer, long Times)>([(layer, 1)]);
        while (stack.Count > 0)
        {
            var (current, times) = stack.Pop();
            if (current is Dense d)
            {
                dense += times;
                if (d.Trained) trained += times;
            }
            long inner = current is Repeat r ? times * r.Count : times;
            foreach (var child in Children(current)) stack.Push((child, inner));
        }
        return (dense, trained);
    }

    /// <summary>
    /// The top-level sequence of a derivation: a preset is expanded, a serial lists its layers, and each repetition
    /// <c>ℓ*n</c> among them is unrolled into n copies of ℓ (so fc's steps are dense, then (φ → dense) per layer).
    /// </summary>
    public static IEnumerable<Layer> Unroll(Layer top)
    {
        while (top is Preset p) top = p.Expand();
        IEnumerable<Layer> sequence = top is Serial s ? s.Layers : [top];
        foreach (var layer in sequence)
        {
            if (layer is Repeat r)
                for (int i = 0; i < r.Count; i++) yield return r.Layer;
            else
                yield return layer;
        }
    }
}
