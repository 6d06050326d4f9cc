using System.Collections.Immutable;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// Copies one signal into <see cref="Count"/> parallel branches (stax's <c>FanOut</c>). The copies are identical, hence
/// correlated with each other: each has a new fan-out level at which it is not (yet) uncorrelated.
/// </summary>
public sealed record FanOut : Layer
{
    /// <summary>A fan-out into <paramref name="count"/> ≥ 1 branches.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public FanOut(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Count = count;
    }

    /// <summary>Number of branches.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string Spec => $"fanout({Count})";

    /// <summary>k ↦ (k, …, k) as branches one fan-out level deeper.</summary>
    public override KernelState Transfer(KernelState k)
    {
        var copy = RequireSingle(k) with { FanOutDepth = k.FanOutDepth + 1 };
        return k with { Branches = [.. Enumerable.Repeat(copy, Count)] };
    }

    /// <summary>k ↦ (k, …, k) as branches one fan-out level deeper.</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        var copy = RequireSingle(k) with { FanOutDepth = k.FanOutDepth + 1 };
        return k with { Branches = [.. Enumerable.Repeat(copy, Count)] };
    }

    /// <summary>k ↦ (k, …, k) as branches one fan-out level deeper (the arrays are shared, never modified).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        var copy = RequireSingle(k) with { FanOutDepth = k.FanOutDepth + 1 };
        return k with { Branches = [.. Enumerable.Repeat(copy, Count)] };
    }

    /// <summary>Every pixel fans out in lockstep.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Map(Transfer);
}
