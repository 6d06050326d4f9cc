namespace Symbolic.Compilation.Tests.Vectorized;

/// <summary>Distances in units in the last place.</summary>
internal static class Ulps
{
    /// <summary>Number of doubles strictly between a and b plus one (0 when equal, ±0 equal, NaN equal to NaN;
    /// long.MaxValue when exactly one is NaN).</summary>
    public static long Between(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        if (a == b) return 0;
        long ia = Ordered(a), ib = Ordered(b);
        return ia > ib ? ia - ib : ib - ia;
    }

    /// <summary>The spacing of doubles at |x| (the ulp of x; the smallest subnormal at 0).</summary>
    public static double Of(double x) => double.IsFinite(x) ? Math.BitIncrement(Math.Abs(x)) - Math.Abs(x) : double.PositiveInfinity;

    private static long Ordered(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        return bits < 0 ? long.MinValue - bits : bits;
    }
}
