using System.Numerics;
using System.Runtime.InteropServices;

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
}
