namespace Symbolic.Kernels.Layers;

/// <summary>
/// Concatenates the open branches channel-wise into one signal [y₁; …; yₙ] (stax's <c>FanInConcat</c>; the DenseNet's
/// Yₗ = [Yₗ₋₁; yₗ], conv-dense.md §3.2–§3.3). Its kernel is the width-weighted average Σᵢ (wᵢ/W)·Kᵢ of the branch kernels,
/// W = Σ wᵢ the total relative width (<see cref="KernelState.Width"/>); unlike <see cref="FanInSum"/> no cross-covariance
/// enters, so the branches may be correlated. The parts are kept (<see cref="KernelState.Parts"/>): a nonlinearity after
/// the concatenation acts on each part, φ([Y; y]) = [φ(Y); φ(y)], whose kernel is the average of the parts' duals — not
/// the dual of the average — until a dense layer mixes the channels with fan-in N = W·m. As everywhere in this layer
/// (stax's convention), a dual treats its input as Gaussian: exact when every part is a pre-activation (a dense output or
/// the embedded input); a part that is itself an activation's output (the DenseNet's yₗ) gets the stax value, which a
/// finite network does not realise (the Monte Carlo sampler refuses an activation on such a concatenation).
/// </summary>
public sealed record FanInConcat : Layer
{
    /// <summary>The shared instance.</summary>
    public static FanInConcat Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "faninconcat";

    /// <summary>(k₁, …, kₙ) ↦ [k₁; …; kₙ] with Σ = Σᵢ (wᵢ/W)Σᵢ, Θ = Σᵢ (wᵢ/W)Θᵢ, width W = Σ wᵢ, closing one fan-out level.</summary>
    public override KernelState Transfer(KernelState k)
    {
        var branches = Open(k.Branches);
        var (level, uncorrelated) = Close(branches.Select(b => (b.FanOutDepth, b.UncorrelatedDepth)));
        var parts = branches.Select(b => b with { FanOutDepth = level - 1, UncorrelatedDepth = uncorrelated }).ToArray();
        return Concatenation.Of(parts, k with { FanOutDepth = level - 1, UncorrelatedDepth = uncorrelated });
    }

    /// <summary>(k₁, …, kₙ) ↦ [k₁; …; kₙ] with Σ = Σᵢ (wᵢ/W)Σᵢ, Θ = Σᵢ (wᵢ/W)Θᵢ, width W = Σ wᵢ, closing one fan-out level.</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        var branches = Open(k.Branches);
        var (level, uncorrelated) = Close(branches.Select(b => (b.FanOutDepth, b.UncorrelatedDepth)));
        var parts = branches.Select(b => b with { FanOutDepth = level - 1, UncorrelatedDepth = uncorrelated }).ToArray();
        return Concatenation.Of(parts, k with { FanOutDepth = level - 1, UncorrelatedDepth = uncorrelated });
    }

    private System.Collections.Immutable.ImmutableArray<T> Open<T>(System.Collections.Immutable.ImmutableArray<T> branches) =>
        branches.IsDefaultOrEmpty ? throw new ArchitectureException(this, "faninconcat needs open branches; put a fanout before it") : branches;

    /// <summary>The fan-out level closed and the concatenation's uncorrelated depth: [y₁; …; yₙ] is uncorrelated with a
    /// sibling only when every part is.</summary>
    private static (int Level, int Uncorrelated) Close(IEnumerable<(int FanOutDepth, int UncorrelatedDepth)> branches)
    {
        var list = branches.ToList();
        int level = list[0].FanOutDepth;
        return (level, Math.Min(level - 1, list.Min(b => b.UncorrelatedDepth)));
    }
}
