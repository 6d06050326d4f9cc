using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Spectral.Linear;

/// <summary>
/// The SIMD inner loops of <see cref="HouseholderTridiagonal"/> on one contiguous row segment (Vector256 with fused
/// multiply-add, scalar tails).
/// </summary>
internal static class RowKernels
{
    /// <summary>
    /// The fused pass over one row segment s (indices j of the trailing block right of the diagonal):
    /// sⱼ ← sⱼ − vᵢ′wⱼ′ − wᵢ′vⱼ′ (the previous step's rank-2 update), then pⱼ += vᵢ·sⱼ (the transposed half of the
    /// symmetric product) and the returned Σⱼ sⱼvⱼ (the row half).
    /// </summary>
    public static double UpdateMultiply(Span<double> s, ReadOnlySpan<double> vPrev, ReadOnlySpan<double> wPrev,
        double vPrevI, double wPrevI, ReadOnlySpan<double> v, double vI, Span<double> p)
    {
        int length = s.Length;
        if (vPrev.Length < length || wPrev.Length < length || v.Length < length || p.Length < length)
            throw new ArgumentException("The vectors are shorter than the row segment.");
        ref double sr = ref MemoryMarshal.GetReference(s);
        ref double vp = ref MemoryMarshal.GetReference(vPrev);
        ref double wp = ref MemoryMarshal.GetReference(wPrev);
        ref double vr = ref MemoryMarshal.GetReference(v);
        ref double pr = ref MemoryMarshal.GetReference(p);
        var a = Vector256.Create(-vPrevI);
        var b = Vector256.Create(-wPrevI);
        var c = Vector256.Create(vI);
        var acc0 = Vector256<double>.Zero;
        var acc1 = Vector256<double>.Zero;
        int j = 0;
        for (; j <= length - 8; j += 8)
        {
            nuint o0 = (nuint)j, o1 = (nuint)(j + 4);
            var x0 = Vector256.LoadUnsafe(ref sr, o0);
            var x1 = Vector256.LoadUnsafe(ref sr, o1);
            x0 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref wp, o0), x0);
            x1 = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref wp, o1), x1);
            x0 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref vp, o0), x0);
            x1 = Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref vp, o1), x1);
            x0.StoreUnsafe(ref sr, o0);
            x1.StoreUnsafe(ref sr, o1);
            acc0 = Vector256.FusedMultiplyAdd(x0, Vector256.LoadUnsafe(ref vr, o0), acc0);
            acc1 = Vector256.FusedMultiplyAdd(x1, Vector256.LoadUnsafe(ref vr, o1), acc1);
            Vector256.FusedMultiplyAdd(c, x0, Vector256.LoadUnsafe(ref pr, o0)).StoreUnsafe(ref pr, o0);
            Vector256.FusedMultiplyAdd(c, x1, Vector256.LoadUnsafe(ref pr, o1)).StoreUnsafe(ref pr, o1);
        }
        double dot = Vector256.Sum(acc0 + acc1);
        for (; j < length; j++)
        {
            double x = Math.FusedMultiplyAdd(-wPrevI, vPrev[j], Math.FusedMultiplyAdd(-vPrevI, wPrev[j], s[j]));
            s[j] = x;
            dot = Math.FusedMultiplyAdd(x, v[j], dot);
            p[j] = Math.FusedMultiplyAdd(vI, x, p[j]);
        }
        return dot;
    }

    /// <summary>The symmetric rank-2 update of one row segment: sⱼ ← sⱼ − vᵢwⱼ − wᵢvⱼ.</summary>
    public static void Update(Span<double> s, ReadOnlySpan<double> v, ReadOnlySpan<double> w, double vI, double wI)
    {
        int length = s.Length;
        if (v.Length < length || w.Length < length) throw new ArgumentException("The vectors are shorter than the row segment.");
        ref double sr = ref MemoryMarshal.GetReference(s);
        ref double vr = ref MemoryMarshal.GetReference(v);
        ref double wr = ref MemoryMarshal.GetReference(w);
        var a = Vector256.Create(-vI);
        var b = Vector256.Create(-wI);
        int j = 0;
        for (; j <= length - 4; j += 4)
        {
            nuint o = (nuint)j;
            var x = Vector256.FusedMultiplyAdd(a, Vector256.LoadUnsafe(ref wr, o), Vector256.LoadUnsafe(ref sr, o));
            Vector256.FusedMultiplyAdd(b, Vector256.LoadUnsafe(ref vr, o), x).StoreUnsafe(ref sr, o);
        }
        for (; j < length; j++) s[j] = Math.FusedMultiplyAdd(-wI, v[j], Math.FusedMultiplyAdd(-vI, w[j], s[j]));
    }
}
