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

/// <summary>min(hi, max(lo, v)) for bounds that are neither zero nor NaN (the kernels' [−1, 1]): there
/// <see cref="Math.Max(double, double)"/>(lo, v) is v &lt; lo ? lo : v and Math.Min(hi, w) is w &gt; hi ? hi : w lane
/// for lane (a NaN fails both comparisons and stays NaN; only zero bounds would need the sign of zero), so two
/// compares and two blends replace the NaN- and zero-aware max and min (three operations each).</summary>
internal readonly struct ClampedNonzero : ISumTail
{
    public static bool Clamps => true;

    /// <summary>Whether <see cref="ClampedNonzero"/> applies to the bounds of a clamped sum: the last two
    /// coefficients, neither zero nor NaN.</summary>
    public static bool Fits(double[] coefficients) =>
        coefficients[^2] is not (0 or double.NaN) && coefficients[^1] is not (0 or double.NaN);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV v, TV lo, TV hi) where TV : struct where L : ILanes<TV>
    {
        var w = L.Select(L.LessThan(v, lo), lo, v);
        return L.Select(L.GreaterThan(w, hi), hi, w);
    }
}
