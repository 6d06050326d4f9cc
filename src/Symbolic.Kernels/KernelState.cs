using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels;

/// <summary>
/// The infinite-width kernels of a signal at one point of the network, as expressions (stax's <c>Kernel</c>):
/// the NNGP Σ(x, z), the NTK Θ(x, z), and the diagonals Σ(x, x), Σ(z, z), Θ(x, x), Θ(z, z). The diagonals travel through
/// the same layers as exact expressions, so K(x, x) is known exactly (on the sphere every one is an exact number, e.g.
/// Θ_L(1) = L for the bias-free ReLU FC net, fc-resnet.md §1.3) and normalising needs no simplifier.
/// </summary>
/// <remarks>
/// Between a <see cref="Layers.FanOut"/> and a <see cref="Layers.FanInSum"/> the state holds parallel signals in
/// <see cref="Branches"/>; the scalar fields then describe the signal that was fanned out. <see cref="FanOutDepth"/>
/// counts the open fan-outs around this signal, and the signal is uncorrelated with its sibling branches of the fan-outs
/// at levels 1…<see cref="UncorrelatedDepth"/> (it is a sum of terms W·h whose zero-mean weights W were drawn after them).
/// FanInSum adds kernels, which is exact only when at most one branch is correlated with the others.
/// After a <see cref="Layers.FanInConcat"/> the signal is a concatenation [y₁; …; yₙ] of relative widths wᵢ
/// (<see cref="Width"/> = Σ wᵢ): the scalar fields hold its kernel, the width-weighted average Σᵢ (wᵢ/W)·Kᵢ, and
/// <see cref="Parts"/> keeps the parts so that a nonlinearity can act on each (φ([Y; y]) has the average of the parts'
/// duals, not the dual of the average) until a dense layer mixes them (conv-dense.md §3.3).
/// </remarks>
/// <param name="Nngp">Σ(x, z).</param>
/// <param name="Ntk">Θ(x, z).</param>
/// <param name="Var1">Σ(x, x).</param>
/// <param name="Var2">Σ(z, z).</param>
/// <param name="NtkVar1">Θ(x, x).</param>
/// <param name="NtkVar2">Θ(z, z).</param>
public sealed record KernelState(Expr Nngp, Expr Ntk, Expr Var1, Expr Var2, Expr NtkVar1, Expr NtkVar2)
{
    /// <summary>Largest exact diagonal kept, in bits of numerator or denominator; larger rationals become floats.</summary>
    public const int MaxExactDiagonalBits = 2048;

    /// <summary>Σ(x, x), exact unless its rational would exceed <see cref="MaxExactDiagonalBits"/> bits.</summary>
    public Expr Var1 { get; init => field = Limit(value); } = Limit(Var1);

    /// <summary>Σ(z, z), exact unless its rational would exceed <see cref="MaxExactDiagonalBits"/> bits.</summary>
    public Expr Var2 { get; init => field = Limit(value); } = Limit(Var2);

    /// <summary>Θ(x, x), exact unless its rational would exceed <see cref="MaxExactDiagonalBits"/> bits.</summary>
    public Expr NtkVar1 { get; init => field = Limit(value); } = Limit(NtkVar1);

    /// <summary>Θ(z, z), exact unless its rational would exceed <see cref="MaxExactDiagonalBits"/> bits.</summary>
    public Expr NtkVar2 { get; init => field = Limit(value); } = Limit(NtkVar2);

    /// <summary>Inputs on the unit sphere with ⟨x, z⟩ = t: Σ = t, Θ = 0 (nothing trained yet), Σ(x, x) = Σ(z, z) = 1.</summary>
    public static KernelState OnSphere(Symbol t) => new(t, Number.Zero, Number.One, Number.One, Number.Zero, Number.Zero);

    /// <summary>Number of open fan-outs around this signal (0 outside any).</summary>
    public int FanOutDepth { get; init; }

    /// <summary>The signal is uncorrelated with sibling branches of the open fan-outs at levels 1…this value.</summary>
    public int UncorrelatedDepth { get; init; }

    /// <summary>The parallel signals after a fan-out; empty for a single signal.</summary>
    public ImmutableArray<KernelState> Branches { get; init; } = [];

    /// <summary>Whether the state holds parallel branches rather than one signal.</summary>
    public bool IsBranched => !Branches.IsDefaultOrEmpty;

    /// <summary>The relative width of the signal in units of a dense layer's output ("growth = width"): 1 for the
    /// input and after a dense layer, kept by pointwise layers, Σ wᵢ after a concatenation (conv-dense.md §3.3). Exact.</summary>
    public Expr Width { get; init; } = Number.One;

    /// <summary>The parts [y₁; …; yₙ] of a concatenated signal (each with its own <see cref="Width"/>, possibly itself
    /// concatenated); empty for a signal that a dense layer produced or that was never concatenated.</summary>
    public ImmutableArray<KernelState> Parts { get; init; } = [];

    /// <summary>Whether the signal is a concatenation whose parts are kept.</summary>
    public bool IsConcatenated => !Parts.IsDefaultOrEmpty;

    /// <summary>The normalised NNGP Σ(x, z)/√(Σ(x, x)Σ(z, z)) (= Σ/Σ(x, x) when both diagonals are the same node).</summary>
    public Expr NormalizedNngp => Nngp / GaussianPair.Scale(Var1, Var2);

    /// <summary>The normalised NTK Θ(x, z)/√(Θ(x, x)Θ(z, z)), or null when Θ(x, x) is exactly 0 (no trained layer).</summary>
    public Expr? NormalizedNtk => NtkVar1 is Number { Value.IsZero: true } || NtkVar2 is Number { Value.IsZero: true }
        ? null
        : Ntk / GaussianPair.Scale(NtkVar1, NtkVar2);

    /// <summary>Value equality: expressions by reference (structural, by interning), branches and parts element by element.</summary>
    public bool Equals(KernelState? other) =>
        other is not null
        && ReferenceEquals(Nngp, other.Nngp) && ReferenceEquals(Ntk, other.Ntk)
        && ReferenceEquals(Var1, other.Var1) && ReferenceEquals(Var2, other.Var2)
        && ReferenceEquals(NtkVar1, other.NtkVar1) && ReferenceEquals(NtkVar2, other.NtkVar2)
        && FanOutDepth == other.FanOutDepth && UncorrelatedDepth == other.UncorrelatedDepth
        && Branches.AsSpan().SequenceEqual(other.Branches.AsSpan())
        && ReferenceEquals(Width, other.Width) && Parts.AsSpan().SequenceEqual(other.Parts.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Nngp, Ntk, Var1, Var2, NtkVar1, NtkVar2, FanOutDepth, Branches.Length);

    /// <summary>
    /// A rational diagonal larger than <see cref="MaxExactDiagonalBits"/> bits as the nearest float: e.g. the ResNet's
    /// (1 + α²)^L with α = 1/1000 and L = 1000 has 20,000 bits, and exact arithmetic on it (0.5 ms per operation)
    /// would dominate the derivation while adding nothing a double cannot hold. Smaller values stay exact.
    /// </summary>
    private static Expr Limit(Expr e) =>
        e is Number { Value: var r } && Math.Max(r.Numerator.GetBitLength(), r.Denominator.GetBitLength()) > MaxExactDiagonalBits
        && double.IsFinite(r.ToDouble()) && r.ToDouble() != 0
            ? Float.Of(r.ToDouble())
            : e;
}
