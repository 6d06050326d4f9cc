using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>Pieces shared by <see cref="ResCnn"/> and <see cref="Cnn"/>: head layers and their spec names.</summary>
internal static class ConvPresets
{
    /// <summary>The head layer: eq (pixel 0), gap or flatten.</summary>
    public static Layer HeadLayer(ConvHead head) => head switch
    {
        ConvHead.Eq => new EqHead(0),
        ConvHead.Gap => GlobalAveragePooling.Instance,
        _ => Flatten.Instance,
    };

    /// <summary>"eq", "gap" or "vec".</summary>
    public static string Name(ConvHead head) => head.ToString().ToLowerInvariant();

    /// <summary>The readout: a dense layer after the head, trained or fixed.</summary>
    public static Dense Readout(bool trained) => trained ? Dense.Default : Dense.Fixed;

    /// <summary>How the head's (x, x) value relates to the exact diagonals.</summary>
    public static string DiagonalScope(ConvHead head) => head == ConvHead.Gap
        ? "with the gap head K(x, x) depends on x (the pooled tensor is not constant), so normalising runs the (x, x) pair"
        : $"these are K(x, x) for every x on the multi-sphere (unit pixels) with the {Name(head)} head";
}
