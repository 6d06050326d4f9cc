using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Kernels.Images;

/// <summary>Vectorised span loops for the batched image kernels (pairs are contiguous, so every op is a span op).</summary>
internal static class SpanMath
{
    /// <summary>dst += src.</summary>
    public static void Add(Span<double> dst, ReadOnlySpan<double> src)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && dst.Length >= Vector<double>.Count)
        {
            var d = MemoryMarshal.Cast<double, Vector<double>>(dst);
            var s = MemoryMarshal.Cast<double, Vector<double>>(src[..dst.Length]);
            for (int v = 0; v < d.Length; v++) d[v] += s[v];
            i = d.Length * Vector<double>.Count;
        }
        for (; i < dst.Length; i++) dst[i] += src[i];
    }

    /// <summary>dst = a·dst + b.</summary>
    public static void Affine(Span<double> dst, double a, double b)
    {
        if (a == 1 && b == 0) return;
        int i = 0;
        if (Vector.IsHardwareAccelerated && dst.Length >= Vector<double>.Count)
        {
            var d = MemoryMarshal.Cast<double, Vector<double>>(dst);
            var va = new Vector<double>(a);
            var vb = new Vector<double>(b);
            for (int v = 0; v < d.Length; v++) d[v] = d[v] * va + vb;
            i = d.Length * Vector<double>.Count;
        }
        for (; i < dst.Length; i++) dst[i] = a * dst[i] + b;
    }

    /// <summary>dst = (a·dst + b) + add, elementwise: <see cref="Affine"/> then <see cref="Add"/> in one pass, bitwise the same.</summary>
    public static void AffinePlus(Span<double> dst, double a, double b, ReadOnlySpan<double> add)
    {
        bool affine = !(a == 1 && b == 0);
        int i = 0;
        if (Vector.IsHardwareAccelerated && dst.Length >= Vector<double>.Count)
        {
            var d = MemoryMarshal.Cast<double, Vector<double>>(dst);
            var s = MemoryMarshal.Cast<double, Vector<double>>(add[..dst.Length]);
            var va = new Vector<double>(a);
            var vb = new Vector<double>(b);
            for (int v = 0; v < d.Length; v++) d[v] = (affine ? d[v] * va + vb : d[v]) + s[v];
            i = d.Length * Vector<double>.Count;
        }
        for (; i < dst.Length; i++) dst[i] = (affine ? a * dst[i] + b : dst[i]) + add[i];
    }

    /// <summary>dst = a·src + b (a new array).</summary>
    public static double[] AffineCopy(double[] src, double a, double b)
    {
        var dst = (double[])src.Clone();
        Affine(dst.AsSpan(), a, b);
        return dst;
    }

    /// <summary>dst = a·x + y, elementwise (a new array).</summary>
    public static double[] ScaleAdd(double[] x, double a, double[] y)
    {
        var dst = new double[x.Length];
        for (int i = 0; i < dst.Length; i++) dst[i] = a * x[i] + y[i];
        return dst;
    }

    /// <summary>x·y elementwise (a new array).</summary>
    public static double[] Multiply(double[] x, double[] y)
    {
        var dst = new double[x.Length];
        for (int i = 0; i < dst.Length; i++) dst[i] = x[i] * y[i];
        return dst;
    }

    /// <summary>dst *= src, elementwise.</summary>
    public static void Multiply(Span<double> dst, ReadOnlySpan<double> src)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && dst.Length >= Vector<double>.Count)
        {
            var d = MemoryMarshal.Cast<double, Vector<double>>(dst);
            var s = MemoryMarshal.Cast<double, Vector<double>>(src[..dst.Length]);
            for (int v = 0; v < d.Length; v++) d[v] *= s[v];
            i = d.Length * Vector<double>.Count;
        }
        for (; i < dst.Length; i++) dst[i] *= src[i];
    }

    /// <summary>
    /// The fused patch average on entry-major data with <paramref name="n"/> values per entry:
    /// dst[e] = a·(src[s₀(e)] + src[s₁(e)] + … + src[s_(A−1)(e)]) + b, with the source entries s_k(e) = sources[e·A + k]
    /// (conv-dense.md §1.2, (𝒜_q M)_ij = (1/|A|)·Σ_a M_(i+a, j+a)); the same additions in the same order as
    /// <see cref="Add"/> into zeros followed by <see cref="Affine"/>, so the values are bitwise those of the unfused loops.
    /// A non-empty <paramref name="addend"/> (entry-major like dst) is then added: dst[e] += addend[e] (Θ′ = w·𝒜Θ + K′), fused.
    /// </summary>
    public static void Average(ReadOnlySpan<double> src, Span<double> dst, ReadOnlySpan<int> sources, int shifts, int entries, int n, double a, double b,
                               ReadOnlySpan<double> addend = default)
    {
        bool affine = !(a == 1 && b == 0), plus = !addend.IsEmpty;
        ref double s0 = ref MemoryMarshal.GetReference(src);
        ref double add0 = ref MemoryMarshal.GetReference(addend);
        var va = Vector256.Create(a);
        var vb = Vector256.Create(b);
        for (int e = 0; e < entries; e++)
        {
            var offsets = sources.Slice(e * shifts, shifts);
            var output = dst.Slice(e * n, n);
            ref double d0 = ref MemoryMarshal.GetReference(output);
            int p = 0;
            if (Vector256.IsHardwareAccelerated)
                for (; p + Vector256<double>.Count <= n; p += Vector256<double>.Count)
                {
                    var acc = Vector256.LoadUnsafe(ref s0, (nuint)(offsets[0] * n + p));
                    for (int k = 1; k < offsets.Length; k++) acc += Vector256.LoadUnsafe(ref s0, (nuint)(offsets[k] * n + p));
                    if (affine) acc = acc * va + vb;
                    if (plus) acc += Vector256.LoadUnsafe(ref add0, (nuint)(e * n + p));
                    acc.StoreUnsafe(ref d0, (nuint)p);
                }
            for (; p < n; p++)
            {
                double acc = src[offsets[0] * n + p];
                for (int k = 1; k < offsets.Length; k++) acc += src[offsets[k] * n + p];
                if (affine) acc = a * acc + b;
                output[p] = plus ? acc + addend[e * n + p] : acc;
            }
        }
    }
}
