using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Compilation.Vectorized;

/// <summary>Element-wise loops of an <see cref="IVectorFunction"/> over memory, one vector at a time. Each element's
/// value depends on that element alone (the tail goes through a padded vector, not a scalar formula), so results are
/// independent of the length, of the offset and of how a batch is split.</summary>
internal static class LaneLoops
{
    /// <summary>dst[i] = f(src[i]) for i &lt; <paramref name="count"/>, a multiple of the width. dst may be src itself
    /// (each vector is loaded before it is stored).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Map<TV, L, F>(ref double source, ref double destination, nuint count)
        where TV : struct where L : ILanes<TV> where F : IVectorFunction
    {
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < count; i += width)
            L.Store(F.Apply<TV, L>(L.Load(ref source, i)), ref destination, i);
    }

    /// <summary>result[i] = f(x[i]) for every i, with Vector512 where the hardware accelerates it and Vector256
    /// otherwise; the last partial vector is computed in a zero-padded copy.</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is shorter than <paramref name="x"/>, or the two
    /// overlap other than exactly.</exception>
    public static void Map<F>(ReadOnlySpan<double> x, Span<double> result) where F : IVectorFunction
    {
        if (result.Length < x.Length)
            throw new ArgumentException($"result holds {result.Length} values, x has {x.Length}.", nameof(result));
        if (x.Overlaps(result, out int offset) && offset != 0)
            throw new ArgumentException("x and result overlap at different offsets.", nameof(result));
        if (Vector512.IsHardwareAccelerated) Map<Vector512<double>, Lanes512, F>(x, result);
        else Map<Vector256<double>, Lanes256, F>(x, result);
    }

    private static void Map<TV, L, F>(ReadOnlySpan<double> x, Span<double> result)
        where TV : struct where L : ILanes<TV> where F : IVectorFunction
    {
        int width = L.Count, whole = x.Length - x.Length % width;
        ref double source = ref MemoryMarshal.GetReference(x);
        ref double destination = ref MemoryMarshal.GetReference(result);
        Map<TV, L, F>(ref source, ref destination, (nuint)whole);
        if (whole == x.Length) return;
        Span<double> tail = stackalloc double[width];
        tail.Clear();
        x[whole..].CopyTo(tail);
        Map<TV, L, F>(ref MemoryMarshal.GetReference(tail), ref MemoryMarshal.GetReference(tail), (nuint)width);
        tail[..(x.Length - whole)].CopyTo(result[whole..]);
    }
}
