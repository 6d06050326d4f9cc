using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A layer applied <see cref="Count"/> times in a row, each repetition with its own (independent) weights: stax's
/// <c>repeat</c>, printed as <c>layer*n</c>. Transfer is an iterative loop, so depth 10⁴ is safe.
/// </summary>
public sealed record Repeat : Layer
{
    /// <summary><paramref name="layer"/> repeated <paramref name="count"/> ≥ 0 times (0 is the identity).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public Repeat(Layer layer, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        (Layer, Count) = (layer, count);
    }

    /// <summary>The repeated layer.</summary>
    public Layer Layer { get; }

    /// <summary>How many times.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override bool HasClosedForm => Layer.HasClosedForm;

    /// <inheritdoc/>
    public override string Spec => $"{Layer.Spec}*{Count}";

    /// <summary>ℓ(…ℓ(k)), <see cref="Count"/> times.</summary>
    public override KernelState Transfer(KernelState k)
    {
        for (int i = 0; i < Count; i++) k = Layer.Transfer(k);
        return k;
    }

    /// <summary>ℓ(…ℓ(k)), <see cref="Count"/> times.</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        for (int i = 0; i < Count; i++) k = Layer.Transfer(k);
        return k;
    }

    /// <summary>ℓ(…ℓ(k)), <see cref="Count"/> times.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        for (int i = 0; i < Count; i++) k = Layer.Transfer(k);
        return k;
    }

    /// <summary>ℓ(…ℓ(k)), <see cref="Count"/> times.</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        for (int i = 0; i < Count; i++) k = Layer.Transfer(k);
        return k;
    }
}
