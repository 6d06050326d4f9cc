using System.Collections.Immutable;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>Applies the i-th layer to the i-th open branch (stax's <c>parallel</c>); each layer must return one signal.</summary>
/// <param name="Layers">One layer per branch.</param>
public sealed record Parallel(ImmutableArray<Layer> Layers) : Layer
{
    /// <inheritdoc/>
    public override bool HasClosedForm => Layers.All(l => l.HasClosedForm);

    /// <inheritdoc/>
    public override string Spec => $"parallel({string.Join(", ", Layers.Select(l => l.Spec))})";

    /// <summary>(k₁, …, kₙ) ↦ (ℓ₁(k₁), …, ℓₙ(kₙ)).</summary>
    public override KernelState Transfer(KernelState k)
    {
        CheckCount(k.Branches.IsDefault ? 0 : k.Branches.Length);
        var results = Layers.Select((layer, i) => layer.Transfer(k.Branches[i])).ToImmutableArray();
        if (results.Any(r => r.IsBranched)) throw new ArchitectureException(this, $"a branch of {Spec} leaves its own fan-out open");
        return k with { Branches = results };
    }

    /// <summary>(k₁, …, kₙ) ↦ (ℓ₁(k₁), …, ℓₙ(kₙ)).</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        CheckCount(k.Branches.IsDefault ? 0 : k.Branches.Length);
        var results = Layers.Select((layer, i) => layer.Transfer(k.Branches[i])).ToImmutableArray();
        if (results.Any(r => r.IsBranched)) throw new ArchitectureException(this, $"a branch of {Spec} leaves its own fan-out open");
        return k with { Branches = results };
    }

    /// <summary>(k₁, …, kₙ) ↦ (ℓ₁(k₁), …, ℓₙ(kₙ)).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        CheckCount(k.Branches.IsDefault ? 0 : k.Branches.Length);
        var results = Layers.Select((layer, i) => layer.Transfer(k.Branches[i])).ToImmutableArray();
        if (results.Any(r => r.IsBranched)) throw new ArchitectureException(this, $"a branch of {Spec} leaves its own fan-out open");
        return k with { Branches = results };
    }

    /// <summary>(k₁, …, kₙ) ↦ (ℓ₁(k₁), …, ℓₙ(kₙ)), each branch taken across all pixels; the results must share one shape.</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        CheckCount(k.Pixels[0].Branches.IsDefault ? 0 : k.Pixels[0].Branches.Length);
        var results = Layers.Select((layer, i) => layer.Transfer(k.Branch(i))).ToList();
        if (results.Any(r => r.IsBranched)) throw new ArchitectureException(this, $"a branch of {Spec} leaves its own fan-out open");
        var shape = results[0].Shape;
        if (results.Any(r => r.Shape != shape))
            throw new ArchitectureException(this, $"the branches of {Spec} end with different image shapes; apply a head in every branch or in none");
        var pixels = Enumerable.Range(0, shape.Pixels)
            .Select(p => k.Pixels[p < k.Pixels.Length ? p : 0] with { Branches = [.. results.Select(r => r.Pixels[p])] });
        return new ImageKernelState(shape, [.. pixels]);
    }

    /// <summary>Value equality, layer by layer.</summary>
    public bool Equals(Parallel? other) => other is not null && Layers.AsSpan().SequenceEqual(other.Layers.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var layer in Layers) hash.Add(layer);
        return hash.ToHashCode();
    }

    private void CheckCount(int branches)
    {
        if (branches != Layers.Length)
            throw new ArchitectureException(this, branches == 0
                ? $"{Spec} needs {Layers.Length} open branches; put fanout({Layers.Length}) before it"
                : $"{Spec} has {Layers.Length} layers but {branches} branches are open");
    }
}
