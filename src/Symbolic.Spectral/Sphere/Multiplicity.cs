using System.Numerics;

namespace Symbolic.Spectral.Sphere;

/// <summary>
/// The dimension N(d, k) of the space of degree-k spherical harmonics on S^(d−1), i.e. the multiplicity of the
/// Mercer eigenvalue μₖ of a zonal kernel: N(d, 0) = 1 and N(d, k) = ((2k + d − 2)/k)·C(k + d − 3, d − 2) for k ≥ 1
/// (fc-resnet.md §2). N(2, k) = 2 and N(3, k) = 2k + 1 for k ≥ 1; N(d, k) ~ 2k^(d−2)/(d − 2)!.
/// </summary>
public static class Multiplicity
{
    /// <summary>
    /// N(d, k) exactly, as C(k + d − 1, d − 1) − C(k + d − 3, d − 1) (harmonic polynomials of degree k minus those
    /// divisible by |x|²), which equals ((2k + d − 2)/k)·C(k + d − 3, d − 2) for k ≥ 1; d ≥ 2, k ≥ 0.
    /// </summary>
    public static BigInteger Exact(int dimension, int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        return Binomial(degree + dimension - 1, dimension - 1) - Binomial(degree + dimension - 3, dimension - 1);
    }

    /// <summary>
    /// N(d, k) as a double: exact while N(d, k) &lt; 2⁵³, otherwise correctly rounded from <see cref="Exact"/>
    /// (it overflows to +∞ only beyond 1.8·10³⁰⁸).
    /// </summary>
    public static double Of(int dimension, int degree) => (double)Exact(dimension, degree);

    /// <summary>C(n, m) for m ≥ 0, with C(n, m) = 0 when n &lt; m (in particular for negative n).</summary>
    private static BigInteger Binomial(int n, int m)
    {
        if (n < m) return BigInteger.Zero;
        m = Math.Min(m, n - m);
        var result = BigInteger.One;
        // Running products of consecutive integers are divisible by i!, so every division is exact.
        for (var i = 1; i <= m; i++)
            result = result * (n - m + i) / i;
        return result;
    }
}
