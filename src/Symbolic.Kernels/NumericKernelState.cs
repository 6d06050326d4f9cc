using System.Collections.Immutable;
using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels;

/// <summary>
/// The numeric twin of <see cref="KernelState"/>: the same kernels as doubles at one input pair, for activations with no
/// closed-form dual (<see cref="NumericActivation"/>) and as an independent evaluation path. <see cref="QuadratureError"/>
/// is the largest error estimate of any dual evaluated on the way (0 when every dual is closed form) — a diagnostic of
/// the quadrature, not a propagated bound on the kernel's error.
/// </summary>
/// <param name="Nngp">Σ(x, z).</param>
/// <param name="Ntk">Θ(x, z).</param>
/// <param name="Var1">Σ(x, x).</param>
/// <param name="Var2">Σ(z, z).</param>
/// <param name="NtkVar1">Θ(x, x).</param>
/// <param name="NtkVar2">Θ(z, z).</param>
public sealed record NumericKernelState(double Nngp, double Ntk, double Var1, double Var2, double NtkVar1, double NtkVar2)
{
    /// <summary>Inputs on the unit sphere with ⟨x, z⟩ = t: Σ = t, Θ = 0, Σ(x, x) = Σ(z, z) = 1.</summary>
    public static NumericKernelState OnSphere(double t) => new(t, 0, 1, 1, 0, 0);

    /// <summary>The largest quadrature error estimate met so far.</summary>
    public double QuadratureError { get; init; }

    /// <summary>Number of open fan-outs around this signal (see <see cref="KernelState.FanOutDepth"/>).</summary>
    public int FanOutDepth { get; init; }

    /// <summary>Uncorrelated with sibling branches of fan-outs 1…this value (see <see cref="KernelState.UncorrelatedDepth"/>).</summary>
    public int UncorrelatedDepth { get; init; }

    /// <summary>The parallel signals after a fan-out; empty for a single signal.</summary>
    public ImmutableArray<NumericKernelState> Branches { get; init; } = [];

    /// <summary>Whether the state holds parallel branches rather than one signal.</summary>
    public bool IsBranched => !Branches.IsDefaultOrEmpty;

    /// <summary>The relative width (see <see cref="KernelState.Width"/>): 1 after a dense layer, Σ wᵢ after a concatenation.</summary>
    public double Width { get; init; } = 1;

    /// <summary>The parts of a concatenated signal (see <see cref="KernelState.Parts"/>); empty otherwise.</summary>
    public ImmutableArray<NumericKernelState> Parts { get; init; } = [];

    /// <summary>Whether the signal is a concatenation whose parts are kept.</summary>
    public bool IsConcatenated => !Parts.IsDefaultOrEmpty;

    /// <summary>Σ(x, z)/√(Σ(x, x)Σ(z, z)).</summary>
    public double NormalizedNngp => Nngp / GaussianPair.Scale(Var1, Var2);

    /// <summary>Θ(x, z)/√(Θ(x, x)Θ(z, z)) (NaN when Θ(x, x) = 0).</summary>
    public double NormalizedNtk => NtkVar1 == 0 || NtkVar2 == 0 ? double.NaN : Ntk / GaussianPair.Scale(NtkVar1, NtkVar2);

    /// <summary>Value equality, branches and parts element by element.</summary>
    public bool Equals(NumericKernelState? other) =>
        other is not null
        && Nngp.Equals(other.Nngp) && Ntk.Equals(other.Ntk) && Var1.Equals(other.Var1) && Var2.Equals(other.Var2)
        && NtkVar1.Equals(other.NtkVar1) && NtkVar2.Equals(other.NtkVar2) && QuadratureError.Equals(other.QuadratureError)
        && FanOutDepth == other.FanOutDepth && UncorrelatedDepth == other.UncorrelatedDepth
        && Branches.AsSpan().SequenceEqual(other.Branches.AsSpan())
        && Width.Equals(other.Width) && Parts.AsSpan().SequenceEqual(other.Parts.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Nngp, Ntk, Var1, Var2, NtkVar1, NtkVar2, FanOutDepth, Branches.Length);
}
