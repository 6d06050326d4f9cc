using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>One term slot of a <see cref="ProductSumKernels{TV, L}"/> sweep, as a type argument so the JIT
/// specialises the sweep to the instruction's term shapes with no per-vector test.</summary>
internal interface IProductTerm
{
    /// <summary>acc + c·t at <paramref name="i"/>, t = x, x·y or no term at all.</summary>
    static abstract TV Add<TV, L>(TV acc, ref double x, ref double y, double c, nuint i) where TV : struct where L : ILanes<TV>;
}

/// <summary>No term: the sum has fewer terms than the sweep has slots.</summary>
internal readonly struct NoTerm : IProductTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Add<TV, L>(TV acc, ref double x, ref double y, double c, nuint i) where TV : struct where L : ILanes<TV> => acc;
}

/// <summary>acc + c·x, the plain sum term.</summary>
internal readonly struct OneFactor : IProductTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Add<TV, L>(TV acc, ref double x, ref double y, double c, nuint i) where TV : struct where L : ILanes<TV> =>
        SumKernels<TV, L>.Term(acc, L.Load(ref x, i), c);
}

/// <summary>acc + c·(x·y), x·y as the unit two-factor <see cref="OpCode.Product"/> sweep computes it (load x, then
/// multiply by y), then added as a plain term: no fused multiply-add.</summary>
internal readonly struct TwoFactors : IProductTerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Add<TV, L>(TV acc, ref double x, ref double y, double c, nuint i) where TV : struct where L : ILanes<TV> =>
        SumKernels<TV, L>.Term(acc, L.Multiply(L.Load(ref x, i), L.Load(ref y, i)), c);
}
