namespace Symbolic.Core.Functions;

/// <summary>Double-precision implementations of the built-ins that <see cref="Math"/> lacks, with the conventions
/// the descriptors document. Public and static so compiled delegates can call them directly.</summary>
public static class SpecialFunctions
{
    private const double TwoOverSqrtPi = 1.1283791670955125739;

    /// <summary>
    /// erf x to about 1e-15 relative: for |x| &lt; 3 the all-positive series
    /// erf x = (2/√π)e^{−x²} Σ 2ⁿx^{2n+1}/(1·3·…·(2n+1)) (no cancellation); beyond, 1 − erfc x with erfc from its
    /// continued fraction (modified Lentz).
    /// </summary>
    public static double Erf(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        double a = Math.Abs(x);
        if (a >= 6) return Math.Sign(x);
        double result = a < 3 ? ErfSeries(a) : 1 - ErfcContinuedFraction(a);
        return x < 0 ? -result : result;
    }

    private static double ErfSeries(double a)
    {
        double x2 = a * a, term = a, sum = a;
        for (int n = 1; n < 200; n++)
        {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return TwoOverSqrtPi * Math.Exp(-x2) * sum;
    }

    private static double ErfcContinuedFraction(double a)
    {
        // erfc a = e^{-a²}/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + …)))).
        const double tiny = 1e-300;
        double f = a, c = a, d = 0;
        for (int n = 1; n < 300; n++)
        {
            double an = n * 0.5;
            d = a + an * d;
            d = Math.Abs(d) < tiny ? 1 / tiny : 1 / d;
            c = a + an / c;
            if (Math.Abs(c) < tiny) c = tiny;
            double delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16) break;
        }
        return Math.Exp(-a * a) / (Math.Sqrt(Math.PI) * f);
    }

    /// <summary>Heaviside step with H(0) = ½ (so H(x) = (1 + sign x)/2).</summary>
    public static double Heaviside(double x) => double.IsNaN(x) ? double.NaN : x > 0 ? 1 : x < 0 ? 0 : 0.5;

    /// <summary>sign x as a double: −1, 0 or 1 (NaN stays NaN).</summary>
    public static double Sign(double x) => double.IsNaN(x) ? double.NaN : Math.Sign(x);
}
