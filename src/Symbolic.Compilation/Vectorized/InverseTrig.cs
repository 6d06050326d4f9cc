using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Branch-free acos, asin and atan over any SIMD width: fdlibm's (musl's) argument reductions and minimax rational
/// polynomials with both branches computed and the right one selected per lane. Horner steps use FMA. Special values
/// come out of the arithmetic itself: |x| &gt; 1 or NaN gives √(negative) or NaN, hence NaN; ±1 gives z = 0 exactly,
/// hence acos(1) = 0, acos(−1) = π, asin(±1) = ±π/2; asin(±0) = ±0, acos(0) = π/2; atan(±∞) = ±π/2.
/// </summary>
internal static class InverseTrig
{
    private const double PiOver2Hi = 1.57079632679489655800e+00;
    private const double PiOver2Lo = 6.12323399573676603587e-17;

    // R(z) = P(z)/Q(z) ≈ (asin(√z)/√z − 1) on [0, ¼] (fdlibm e_asin.c, |error| < 2⁻⁵⁸).
    private const double PS0 = 1.66666666666666657415e-01, PS1 = -3.25565818622400915405e-01, PS2 = 2.01212532134862925881e-01,
        PS3 = -4.00555345006794114027e-02, PS4 = 7.91534994289814532176e-04, PS5 = 3.47933107596021167570e-05;
    private const double QS1 = -2.40339491173441421878e+00, QS2 = 2.02094576023350569471e+00,
        QS3 = -6.88283971605453293030e-01, QS4 = 7.70381505559019352791e-02;

    /// <summary>acos x: for |x| ≤ ½, π/2 − (x + x·R(x²)); for |x| &gt; ½ with z = (1 − |x|)/2 and s = √z,
    /// 2(s + s·R(z)) if x &gt; 0 and π − 2(s + s·R(z)) if x &lt; 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Acos<TV, L>(TV x) where TV : struct where L : ILanes<TV>
    {
        var a = L.Abs(x);
        var big = L.GreaterThan(a, L.Create(0.5));
        var zBig = L.Multiply(L.Subtract(L.Create(1.0), a), L.Create(0.5));   // exact for ½ ≤ |x| ≤ 1 (Sterbenz)
        var z = L.Select(big, zBig, L.Multiply(x, x));
        var s = L.Sqrt(zBig);
        var r = R<TV, L>(z);
        // |x| ≤ ½: π/2_hi − (x + (x·R − π/2_lo)); x < −½: 2(π/2_hi − (s + (s·R − π/2_lo))), the same with u = s
        // (x + (x·R − lo) is x − (lo − x·R) exactly, rounding being symmetric).
        var u = L.Select(big, s, x);
        var half = L.Subtract(L.Create(PiOver2Hi), L.Add(u, L.FusedMultiplyAdd(u, r, L.Create(-PiOver2Lo))));
        var notPositive = L.Select(big, L.Multiply(L.Create(2.0), half), half);
        // x > ½: 2(s + s·R).
        var positive = L.Multiply(L.Create(2.0), L.FusedMultiplyAdd(s, r, s));
        return L.Select(L.And(big, L.GreaterThan(x, L.Create(0.0))), positive, notPositive);
    }

    /// <summary>asin x: for |x| ≤ ½, x + x·R(x²); for |x| &gt; ½, sign(x)·(π/2 − 2(s + s·R(z))) with z = (1 − |x|)/2,
    /// s = √z, where the √z rounding error is carried as c = (z − s²)/(2s) (exact residual by FMA).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Asin<TV, L>(TV x) where TV : struct where L : ILanes<TV>
    {
        var a = L.Abs(x);
        var big = L.GreaterThan(a, L.Create(0.5));
        var zBig = L.Multiply(L.Subtract(L.Create(1.0), a), L.Create(0.5));
        var z = L.Select(big, zBig, L.Multiply(x, x));
        var s = L.Sqrt(zBig);
        var r = R<TV, L>(z);
        var small = L.FusedMultiplyAdd(x, r, x);
        // π/2 − 2(s + c) − 2s·R = (π/2_hi − 2s) − (2s·R + 2c − π/2_lo).
        var twoS = L.Add(s, s);
        var c = L.Divide(L.FusedMultiplyAdd(L.Subtract(L.Create(0.0), s), s, zBig), twoS);
        var tail = L.FusedMultiplyAdd(twoS, r, L.FusedMultiplyAdd(L.Create(2.0), c, L.Create(-PiOver2Lo)));
        var large = L.Subtract(L.Subtract(L.Create(PiOver2Hi), twoS), tail);
        // s = 0 at |x| = 1 makes c = 0/0: the residual is exactly 0 there, so drop it.
        large = L.Select(L.EqualTo(zBig, L.Create(0.0)), L.Create(PiOver2Hi), large);
        var signedLarge = L.Xor(large, L.And(x, L.Create(-0.0)));
        return L.Select(big, signedLarge, small);
    }

    // atan(cᵢ) split hi + lo for the reduction points cᵢ ∈ {½, 1, 3/2, ∞} (fdlibm s_atan.c).
    private const double AtanHalfHi = 4.63647609000806093515e-01, AtanHalfLo = 2.26987774529616870924e-17;
    private const double AtanOneHi = 7.85398163397448278999e-01, AtanOneLo = 3.06161699786838301793e-17;
    private const double AtanThreeHalvesHi = 9.82793723247329054082e-01, AtanThreeHalvesLo = 1.39033110312309984516e-17;

    // atan y ≈ y − y·(z·S₁(z²) + z²·S₂(z²)), z = y², on |y| ≤ 7/16 (fdlibm aT[0..10]).
    private const double AT0 = 3.33333333333329318027e-01, AT1 = -1.99999999998764832476e-01, AT2 = 1.42857142725034663711e-01,
        AT3 = -1.11111104054623557880e-01, AT4 = 9.09088713343650656196e-02, AT5 = -7.69187620504482999495e-02,
        AT6 = 6.66107313738753120669e-02, AT7 = -5.83357013379057348645e-02, AT8 = 4.97687799461593236017e-02,
        AT9 = -3.65315727442169155270e-02, AT10 = 1.62858201153657823623e-02;

    /// <summary>atan x by fdlibm's reduction: with a = |x|, y = a (a &lt; 7/16), (2a − 1)/(2 + a) (&lt; 11/16),
    /// (a − 1)/(a + 1) (&lt; 19/16), (a − 3/2)/(1 + 3a/2) (&lt; 39/16) or −1/a, then
    /// atan x = sign(x)·(atan cᵢ + y − y·S(y²)) with S the degree-10 minimax polynomial.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Atan<TV, L>(TV x) where TV : struct where L : ILanes<TV>
    {
        var a = L.Abs(x);
        // The first threshold below which a lies picks the interval; NaN lies below none and takes −1/a (NaN).
        var below0 = L.LessThan(a, L.Create(0.4375));
        var below1 = L.LessThan(a, L.Create(0.6875));
        var below2 = L.LessThan(a, L.Create(1.1875));
        var below3 = L.LessThan(a, L.Create(2.4375));
        // y = (a·p − q)/(a·u + v) on the finite intervals (exact numerators: 2a, a − 1 and a − 3/2 are exact there).
        var p = Pick<TV, L>(below0, below1, below2, below3, 1.0, 2.0, 1.0, 1.0, 0.0);
        var q = Pick<TV, L>(below0, below1, below2, below3, 0.0, 1.0, 1.0, 1.5, 0.0);
        var u = Pick<TV, L>(below0, below1, below2, below3, 0.0, 1.0, 1.0, 1.5, 0.0);
        var v = Pick<TV, L>(below0, below1, below2, below3, 1.0, 2.0, 1.0, 1.0, 0.0);
        var hi = Pick<TV, L>(below0, below1, below2, below3, 0.0, AtanHalfHi, AtanOneHi, AtanThreeHalvesHi, PiOver2Hi);
        var minusLo = Pick<TV, L>(below0, below1, below2, below3, 0.0, -AtanHalfLo, -AtanOneLo, -AtanThreeHalvesLo, -PiOver2Lo);
        // Beyond 39/16 the numerator is −1 itself (a·0 would be NaN at a = ∞).
        var numerator = L.Select(below3, L.FusedMultiplyAdd(a, p, L.Subtract(L.Create(0.0), q)), L.Create(-1.0));
        var y = L.Divide(numerator, L.Select(below3, L.FusedMultiplyAdd(a, u, v), a));
        var z = L.Multiply(y, y);
        var w = L.Multiply(z, z);
        var even = L.FusedMultiplyAdd(w, L.FusedMultiplyAdd(w, L.FusedMultiplyAdd(w, L.FusedMultiplyAdd(w,
            L.FusedMultiplyAdd(w, L.Create(AT10), L.Create(AT8)), L.Create(AT6)), L.Create(AT4)), L.Create(AT2)), L.Create(AT0));
        var odd = L.FusedMultiplyAdd(w, L.FusedMultiplyAdd(w, L.FusedMultiplyAdd(w,
            L.FusedMultiplyAdd(w, L.Create(AT9), L.Create(AT7)), L.Create(AT5)), L.Create(AT3)), L.Create(AT1));
        var sum = L.FusedMultiplyAdd(z, even, L.Multiply(w, odd));
        // hi − ((y·sum − lo) − y); on the unreduced interval hi = lo = 0 and this is y − y·sum.
        var result = L.Subtract(hi, L.Subtract(L.FusedMultiplyAdd(y, sum, minusLo), y));
        return L.Xor(result, L.And(x, L.Create(-0.0)));
    }

    // The value of the first interval (below0 ? c0 : below1 ? c1 : …) whose mask is set, else c4.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV Pick<TV, L>(TV below0, TV below1, TV below2, TV below3, double c0, double c1, double c2, double c3, double c4)
        where TV : struct where L : ILanes<TV> =>
        L.Select(below0, L.Create(c0), L.Select(below1, L.Create(c1), L.Select(below2, L.Create(c2), L.Select(below3, L.Create(c3), L.Create(c4)))));

    // fdlibm's R(z) = z·(pS0 + z·(pS1 + … + z·pS5)) / (1 + z·(qS1 + … + z·qS4)).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV R<TV, L>(TV z) where TV : struct where L : ILanes<TV>
    {
        var p = L.FusedMultiplyAdd(z, L.FusedMultiplyAdd(z, L.FusedMultiplyAdd(z, L.FusedMultiplyAdd(z,
            L.FusedMultiplyAdd(z, L.Create(PS5), L.Create(PS4)), L.Create(PS3)), L.Create(PS2)), L.Create(PS1)), L.Create(PS0));
        var q = L.FusedMultiplyAdd(z, L.FusedMultiplyAdd(z, L.FusedMultiplyAdd(z,
            L.FusedMultiplyAdd(z, L.Create(QS4), L.Create(QS3)), L.Create(QS2)), L.Create(QS1)), L.Create(1.0));
        return L.Divide(L.Multiply(z, p), q);
    }
}
