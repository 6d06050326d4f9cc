using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>What <see cref="SumKernels{TV, L}"/> does to a sum before storing it, as a type argument so the JIT
/// specialises each sweep with no per-vector test.</summary>
internal interface ISumTail
{
    /// <summary>Whether the bounds lo, hi follow the coefficients.</summary>
    static abstract bool Clamps { get; }

    /// <summary>The stored value for the sum <paramref name="v"/>.</summary>
    static abstract TV Apply<TV, L>(TV v, TV lo, TV hi) where TV : struct where L : ILanes<TV>;
}

/// <summary>The sum itself (<see cref="OpCode.Sum"/>).</summary>
internal readonly struct Unclamped : ISumTail
{
    public static bool Clamps => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV v, TV lo, TV hi) where TV : struct where L : ILanes<TV> => v;
}

/// <summary>min(hi, max(lo, v)) (<see cref="OpCode.ClampedSum"/>): the unfused Max then Min with lane-wise
/// <see cref="Math.Max(double, double)"/> semantics, which for bounds that are not NaN do not depend on the operand
/// order.</summary>
internal readonly struct Clamped : ISumTail
{
    public static bool Clamps => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV v, TV lo, TV hi) where TV : struct where L : ILanes<TV> =>
        L.Min(hi, L.Max(lo, v));
}
