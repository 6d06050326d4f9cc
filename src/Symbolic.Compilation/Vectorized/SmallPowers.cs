using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// xᑫ for half-integer q = k/2, |q| ≤ 4, lane-wise: xᵐ by at most two multiplications (x², x²·x, x²·x²), times √x
/// when k is odd, inverted when q &lt; 0. Within 4 ulp of <see cref="Math.Pow"/> (which itself is not correctly
/// rounded: it differs from the correctly rounded x·x in about 0.1 % of arguments). A lane whose argument lies outside
/// (2⁻²⁰⁰, 2²⁰⁰) in magnitude, NaN and ±0 included, is redone by Math.Pow, so zeros, infinities, NaN and the overflow
/// and underflow boundaries follow Math.Pow exactly; no lane's value depends on its neighbours.
/// </summary>
internal static class SmallPowers<TV, L> where TV : struct where L : ILanes<TV>
{
    internal const double Low = 6.2230152778611417e-61;   // 2⁻²⁰⁰
    internal const double High = 1.6069380442589903e60;   // 2²⁰⁰

    /// <summary>dst[i] = src[i]^<paramref name="exponent"/> for i &lt; <paramref name="count"/> (a multiple of the
    /// width); dst may be src.</summary>
    public static void Run(ref double source, ref double destination, nuint count, double exponent)
    {
        var (whole, root, invert) = Decompose(exponent);
        nuint width = (nuint)L.Count;
        Span<double> lanes = stackalloc double[L.Count];
        for (nuint i = 0; i < count; i += width)
        {
            var x = L.Load(ref source, i);
            bool inside = InRange(x);
            if (!inside) L.Store(x, ref lanes[0], 0);      // destination may be source: keep the arguments
            L.Store(Power(x, whole, root, invert), ref destination, i);
            if (inside) continue;
            // Per lane, so a value never depends on its neighbours.
            for (int k = 0; k < lanes.Length; k++)
                if (!(Math.Abs(lanes[k]) > Low && Math.Abs(lanes[k]) < High))
                    Unsafe.Add(ref destination, i + (nuint)k) = Math.Pow(lanes[k], exponent);
        }
    }

    /// <summary>The exponent k/2 as ⌊|k|/2⌋, whether |k| is odd (a √ factor) and whether k &lt; 0.</summary>
    public static (int Whole, bool Root, bool Invert) Decompose(double exponent)
    {
        int halves = (int)(exponent * 2);
        int magnitude = Math.Abs(halves);
        return (magnitude / 2, magnitude % 2 == 1, halves < 0);
    }

    /// <summary>Whether every lane of <paramref name="x"/> lies in (2⁻²⁰⁰, 2²⁰⁰) in magnitude, where x·x and the
    /// other products stand for <see cref="Math.Pow"/> (NaN fails both comparisons, so it counts as outside).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool InRange(TV x)
    {
        var a = L.Abs(x);
        return L.All(L.And(L.GreaterThan(a, L.Create(Low)), L.LessThan(a, L.Create(High))));
    }

    /// <summary>x^(whole + ½·root), inverted when <paramref name="invert"/>, for a vector whose lanes are all
    /// <see cref="InRange"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Power(TV x, int whole, bool root, bool invert)
    {
        var square = L.Multiply(x, x);
        var value = whole switch
        {
            0 => L.Create(1.0),
            1 => x,
            2 => square,
            3 => L.Multiply(square, x),
            _ => L.Multiply(square, square),
        };
        if (root) value = whole == 0 ? L.Sqrt(x) : L.Multiply(value, L.Sqrt(x));
        return invert ? L.Divide(L.Create(1.0), value) : value;
    }
}
