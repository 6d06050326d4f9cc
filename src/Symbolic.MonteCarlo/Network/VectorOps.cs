using System.Numerics;
using System.Runtime.InteropServices;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The few dense kernels the finite network needs, as SIMD loops over <see cref="Vector{T}"/> with fused multiply-add
/// (correctly rounded in hardware and in any software fallback alike). The summation order depends only on the length
/// (and the machine's vector width), never on threads or JIT tier, so a network's results are bit-identical however many
/// networks run in parallel.
/// </summary>
internal static class VectorOps
{
    /// <summary>⟨a, b⟩ = Σᵢ aᵢbᵢ, with two vector accumulators and a scalar tail.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length, w = Vector<double>.Count, i = 0;
        double total = 0;
        if (n >= 2 * w)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            Vector<double> s0 = Vector<double>.Zero, s1 = Vector<double>.Zero;
            int v = 0;
            for (; v + 1 < va.Length; v += 2)
            {
                s0 = Vector.FusedMultiplyAdd(va[v], vb[v], s0);
                s1 = Vector.FusedMultiplyAdd(va[v + 1], vb[v + 1], s1);
            }
            if (v < va.Length) s0 = Vector.FusedMultiplyAdd(va[v], vb[v], s0);
            var lanes = s0 + s1;
            for (int k = 0; k < w; k++) total += lanes[k];   // fixed order: Vector.Sum's order may differ between JIT tiers
            i = va.Length * w;
        }
        for (; i < n; i++) total = Math.FusedMultiplyAdd(a[i], b[i], total);
        return total;
    }

    /// <summary>y ← y + α·x.</summary>
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length, w = Vector<double>.Count, i = 0;
        if (n >= w)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            var va = new Vector<double>(alpha);
            for (int v = 0; v < vx.Length; v++) vy[v] = Vector.FusedMultiplyAdd(va, vx[v], vy[v]);
            i = vx.Length * w;
        }
        for (; i < n; i++) y[i] = Math.FusedMultiplyAdd(alpha, x[i], y[i]);
    }

    /// <summary>y ← y + x.</summary>
    public static void Add(ReadOnlySpan<double> x, Span<double> y)
    {
        int n = x.Length, w = Vector<double>.Count, i = 0;
        if (n >= w)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (int v = 0; v < vx.Length; v++) vy[v] += vx[v];
            i = vx.Length * w;
        }
        for (; i < n; i++) y[i] += x[i];
    }

    /// <summary>y ← y + x ⊙ d (elementwise product).</summary>
    public static void AddProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> d, Span<double> y)
    {
        int n = x.Length, w = Vector<double>.Count, i = 0;
        if (n >= w)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vd = MemoryMarshal.Cast<double, Vector<double>>(d);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y);
            for (int v = 0; v < vx.Length; v++) vy[v] = Vector.FusedMultiplyAdd(vx[v], vd[v], vy[v]);
            i = vx.Length * w;
        }
        for (; i < n; i++) y[i] = Math.FusedMultiplyAdd(x[i], d[i], y[i]);
    }

    /// <summary>The Gram matrix G[a, b] = scale·⟨vₐ, v_b⟩ of <paramref name="count"/> vectors of length
    /// <paramref name="length"/> stored one after another, as a row-major count×count array (symmetric by construction).</summary>
    public static double[] Gram(ReadOnlySpan<double> vectors, int count, int length, double scale)
    {
        var gram = new double[count * count];
        for (int a = 0; a < count; a++)
        {
            var va = vectors.Slice(a * length, length);
            for (int b = a; b < count; b++)
                gram[a * count + b] = gram[b * count + a] = scale * Dot(va, vectors.Slice(b * length, length));
        }
        return gram;
    }
}
