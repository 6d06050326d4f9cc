using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The ReLU duals over spans, four lanes at a time (fc-resnet.md §1.1; conv-dense.md §2.2–2.3 evaluate them per pixel
/// pair): ρ = snap(c/√(ab)), κ₀ = 1 − acos(ρ)·(1/π), D = √(ab)·(ρκ₀ + √(1 − ρ²)·(1/π)), Ḋ = κ₀ (products by 1/π rounded
/// once: two divisions fewer, within an ulp of the quotients), with the branch-free fdlibm acos
/// of Symbolic.Compilation's vector tape (copied: the kernel layer depends on Core only), within 4 ulp of
/// <see cref="Math.Acos"/>. A short tail is padded to a full vector, so every element takes the same arithmetic whatever
/// its position or the span length: batched and single-pair results are bitwise equal.
/// </summary>
internal static class VectorRelu
{
    private const double PiOver2Hi = 1.57079632679489655800e+00;
    private const double PiOver2Lo = 6.12323399573676603587e-17;
    private const double InversePi = 1 / Math.PI;

    // R(z) ≈ asin(√z)/√z − 1 on [0, ¼] (fdlibm e_asin.c, |error| < 2⁻⁵⁸).
    private const double PS0 = 1.66666666666666657415e-01, PS1 = -3.25565818622400915405e-01, PS2 = 2.01212532134862925881e-01,
        PS3 = -4.00555345006794114027e-02, PS4 = 7.91534994289814532176e-04, PS5 = 3.47933107596021167570e-05;
    private const double QS1 = -2.40339491173441421878e+00, QS2 = 2.02094576023350569471e+00,
        QS3 = -6.88283971605453293030e-01, QS4 = 7.70381505559019352791e-02;

    private static readonly double s_delta = GaussianPair.SnapTolerance.Value.ToDouble();

    /// <summary>(D, Ḋ) of ReLU elementwise; the spans have one length (<paramref name="cov"/>'s).</summary>
    public static void Evaluate(ReadOnlySpan<double> cov, ReadOnlySpan<double> var1, ReadOnlySpan<double> var2, Span<double> dual, Span<double> derivativeDual)
    {
        int n = cov.Length, i = 0, width = Vector256<double>.Count;
        if (var1.Length < n || var2.Length < n || dual.Length < n || derivativeDual.Length < n) throw new ArgumentException("the spans are shorter than cov.");
        ref double c0 = ref MemoryMarshal.GetReference(cov);
        ref double a0 = ref MemoryMarshal.GetReference(var1);
        ref double b0 = ref MemoryMarshal.GetReference(var2);
        ref double d0 = ref MemoryMarshal.GetReference(dual);
        ref double k0 = ref MemoryMarshal.GetReference(derivativeDual);
        for (; i + width <= n; i += width)
        {
            var (d, k) = Lanes(Vector256.LoadUnsafe(ref c0, (nuint)i), Vector256.LoadUnsafe(ref a0, (nuint)i), Vector256.LoadUnsafe(ref b0, (nuint)i));
            d.StoreUnsafe(ref d0, (nuint)i);
            k.StoreUnsafe(ref k0, (nuint)i);
        }
        if (i == n) return;
        Span<double> pad = stackalloc double[5 * width];
        pad.Fill(1);
        cov[i..].CopyTo(pad);
        var1[i..n].CopyTo(pad[width..]);
        var2[i..n].CopyTo(pad[(2 * width)..]);
        var (dt, kt) = Lanes(Vector256.Create((ReadOnlySpan<double>)pad), Vector256.Create((ReadOnlySpan<double>)pad[width..]),
                             Vector256.Create((ReadOnlySpan<double>)pad[(2 * width)..]));
        dt.CopyTo(pad[(3 * width)..]);
        kt.CopyTo(pad[(4 * width)..]);
        pad.Slice(3 * width, n - i).CopyTo(dual[i..]);
        pad.Slice(4 * width, n - i).CopyTo(derivativeDual[i..]);
    }

    /// <summary>
    /// The ReLU step of a batch of n pairs on entry-major tensors (conv-dense.md §2.2–2.3): for every entry e with pixels
    /// (rows[e], columns[e]), dual[e] = D(cov[e], var1[rows[e]], var2[columns[e]]) and, when <paramref name="theta"/> is
    /// not empty, theta[e] ← theta[e]·Ḋ(…), fused in one pass; bitwise the values of <see cref="Evaluate"/> and a product.
    /// </summary>
    public static void Entries(ReadOnlySpan<double> cov, ReadOnlySpan<double> var1, ReadOnlySpan<double> var2, ReadOnlySpan<int> rows,
                               ReadOnlySpan<int> columns, int n, Span<double> dual, Span<double> theta)
    {
        int entries = rows.Length, width = Vector256<double>.Count, body = n - n % width;
        if (cov.Length < entries * n || dual.Length < entries * n || (!theta.IsEmpty && theta.Length < entries * n))
            throw new ArgumentException("the tensors are shorter than entries × n.");
        bool ntk = !theta.IsEmpty;
        ref double c0 = ref MemoryMarshal.GetReference(cov);
        ref double d0 = ref MemoryMarshal.GetReference(dual);
        ref double t0 = ref MemoryMarshal.GetReference(theta);
        Span<double> derivative = stackalloc double[width];
        for (int e = 0; e < entries; e++)
        {
            var a = var1.Slice(rows[e] * n, n);
            var b = var2.Slice(columns[e] * n, n);
            ref double a0 = ref MemoryMarshal.GetReference(a);
            ref double b0 = ref MemoryMarshal.GetReference(b);
            nuint start = (nuint)(e * n);
            for (int p = 0; p < body; p += width)
            {
                nuint at = start + (nuint)p;
                var (d, k) = Lanes(Vector256.LoadUnsafe(ref c0, at), Vector256.LoadUnsafe(ref a0, (nuint)p), Vector256.LoadUnsafe(ref b0, (nuint)p));
                d.StoreUnsafe(ref d0, at);
                if (ntk) (Vector256.LoadUnsafe(ref t0, at) * k).StoreUnsafe(ref t0, at);
            }
            if (body == n) continue;
            int offset = e * n + body, rest = n - body;
            Evaluate(cov.Slice(offset, rest), a[body..], b[body..], dual.Slice(offset, rest), derivative[..rest]);
            if (ntk)
                for (int p = 0; p < rest; p++) theta[offset + p] *= derivative[p];
        }
    }

    /// <summary>acos x per lane: for |x| ≤ ½, π/2 − (x + x·R(x²)); for |x| &gt; ½ with z = (1 − |x|)/2 and s = √z,
    /// 2(s + s·R(z)) if x &gt; 0 and π − 2(s + s·R(z)) if x &lt; 0 (fdlibm; ±1 give 0 and π exactly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Acos(Vector256<double> x)
    {
        var a = Vector256.Abs(x);
        var big = Vector256.GreaterThan(a, Vector256.Create(0.5));
        var zBig = (Vector256.Create(1.0) - a) * Vector256.Create(0.5);
        var z = Vector256.ConditionalSelect(big, zBig, x * x);
        var s = Vector256.Sqrt(zBig);
        var r = R(z);
        var small = Vector256.Create(PiOver2Hi) - (x - Vector256.FusedMultiplyAdd(x, -r, Vector256.Create(PiOver2Lo)));
        var positive = Vector256.Create(2.0) * Vector256.FusedMultiplyAdd(s, r, s);
        var negative = Vector256.Create(2.0) * (Vector256.Create(PiOver2Hi) - (s + Vector256.FusedMultiplyAdd(s, r, Vector256.Create(-PiOver2Lo))));
        var large = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), negative, positive);
        return Vector256.ConditionalSelect(big, large, small);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<double> Dual, Vector256<double> Derivative) Lanes(Vector256<double> c, Vector256<double> a, Vector256<double> b)
    {
        var scale = Vector256.ConditionalSelect(Vector256.Equals(a, b), a, Vector256.Sqrt(a * b));
        var rho = Vector256.ConditionalSelect(Vector256.Equals(scale, Vector256<double>.Zero), Vector256<double>.Zero, Snap(c / scale));
        var kappa0 = Vector256.Create(1.0) - Acos(rho) * Vector256.Create(InversePi);
        var dual = scale * (rho * kappa0 + Vector256.Sqrt(Vector256.Create(1.0) - rho * rho) * Vector256.Create(InversePi));
        return (dual, kappa0);
    }

    /// <summary><see cref="GaussianPair.Snap(double)"/> per lane, operation for operation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Snap(Vector256<double> x)
    {
        var one = Vector256.Create(1.0);
        var sign = Vector256.ConditionalSelect(Vector256.GreaterThan(x, Vector256<double>.Zero), one,
                   Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), -one, Vector256<double>.Zero));
        var t = Vector256.Abs(x) + Vector256.Create(s_delta - 1);
        var step = Vector256.ConditionalSelect(Vector256.GreaterThan(t, Vector256<double>.Zero), one,
                   Vector256.ConditionalSelect(Vector256.LessThan(t, Vector256<double>.Zero), Vector256<double>.Zero, Vector256.Create(0.5)));
        var push = Vector256.Create(s_delta) * sign * step;
        return Vector256.Min(one, Vector256.Max(-one, x + push));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> R(Vector256<double> z)
    {
        var p = Vector256.FusedMultiplyAdd(z, Vector256.FusedMultiplyAdd(z, Vector256.FusedMultiplyAdd(z, Vector256.FusedMultiplyAdd(z,
            Vector256.FusedMultiplyAdd(z, Vector256.Create(PS5), Vector256.Create(PS4)), Vector256.Create(PS3)), Vector256.Create(PS2)),
            Vector256.Create(PS1)), Vector256.Create(PS0));
        var q = Vector256.FusedMultiplyAdd(z, Vector256.FusedMultiplyAdd(z, Vector256.FusedMultiplyAdd(z,
            Vector256.FusedMultiplyAdd(z, Vector256.Create(QS4), Vector256.Create(QS3)), Vector256.Create(QS2)), Vector256.Create(QS1)),
            Vector256.Create(1.0));
        return z * p / q;
    }
}
