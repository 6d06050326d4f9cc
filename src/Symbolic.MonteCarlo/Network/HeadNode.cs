using Symbolic.Kernels.Images;

namespace Symbolic.MonteCarlo.Network;

/// <summary>The ways a head turns an image signal h ∈ ℝ^{C×P} into a vector (conv-dense.md §1.2).</summary>
internal enum HeadKind
{
    /// <summary>y = h_{·,i₀}: one output pixel (shift-equivariant); kernel M_{i₀i₀}.</summary>
    Pixel,

    /// <summary>y = (1/P)·Σₚ h_{·,p}: global average pooling; kernel (1/P²)·Σᵢⱼ Mᵢⱼ.</summary>
    Average,

    /// <summary>y = h as one vector of length C·P; a dense readout after it has fan-in C·P, so its kernel is
    /// (1/(CP))·Σ_{c,p} h_{c,p}(x)h_{c,p}(z) → (1/P)·Σᵢ Mᵢᵢ (trace/P).</summary>
    Flatten,
}

/// <summary>A head: an image signal in, a vector out (<see cref="HeadKind"/>); no weights.</summary>
internal sealed class HeadNode(int id, NetworkNode input, HeadKind kind, int pixel)
    : NetworkNode(id, kind == HeadKind.Flatten ? input.Width : input.Channels, [input.Id])
{
    public HeadKind Kind { get; } = kind;

    /// <summary>i₀ for <see cref="HeadKind.Pixel"/> (a flat index into the input grid).</summary>
    public int Pixel { get; } = pixel;

    /// <summary>The input's grid.</summary>
    public ImageShape InputGrid { get; } = input.Grid!;
}
