using System.Collections.Immutable;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>Layers applied in order: Transfer is the fold k ↦ ℓₙ(…ℓ₁(k)) (stax's <c>serial</c>).</summary>
/// <param name="Layers">ℓ₁, …, ℓₙ.</param>
public sealed record Serial(ImmutableArray<Layer> Layers) : Layer
{
    /// <inheritdoc/>
    public override bool HasClosedForm => Layers.All(l => l.HasClosedForm);

    /// <inheritdoc/>
    public override string Spec => $"serial({string.Join(", ", Layers.Select(l => l.Spec))})";

    /// <summary>ℓₙ(…ℓ₁(k)).</summary>
    public override KernelState Transfer(KernelState k)
    {
        foreach (var layer in Layers) k = layer.Transfer(k);
        return k;
    }

    /// <summary>ℓₙ(…ℓ₁(k)).</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        foreach (var layer in Layers) k = layer.Transfer(k);
        return k;
    }

    /// <summary>Value equality, layer by layer.</summary>
    public bool Equals(Serial? other) => other is not null && Layers.AsSpan().SequenceEqual(other.Layers.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var layer in Layers) hash.Add(layer);
        return hash.ToHashCode();
    }

    /// <summary>ℓₙ(…ℓ₁(k)).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        foreach (var layer in Layers) k = layer.Transfer(k);
        return k;
    }

    /// <summary>ℓₙ(…ℓ₁(k)).</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        foreach (var layer in Layers) k = layer.Transfer(k);
        return k;
    }
}
