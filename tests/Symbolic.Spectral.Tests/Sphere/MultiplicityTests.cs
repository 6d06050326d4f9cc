using System.Numerics;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral.Tests.Sphere;

public sealed class MultiplicityTests
{
    [Fact]
    public void Circle_and_two_sphere_multiplicities()
    {
        Assert.Equal(1.0, Multiplicity.Of(2, 0));
        Assert.Equal(1.0, Multiplicity.Of(3, 0));
        for (var k = 1; k <= 2000; k++)
        {
            Assert.Equal(2.0, Multiplicity.Of(2, k));
            Assert.Equal(2.0 * k + 1, Multiplicity.Of(3, k));
            Assert.Equal((k + 1.0) * (k + 1.0), Multiplicity.Of(4, k)); // N(4, k) = (k + 1)²
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(12)]
    public void Multiplicity_matches_the_binomial_formula(int dimension)
    {
        // N(d, k) = ((2k + d − 2)/k)·C(k + d − 3, d − 2) for k ≥ 1 (fc-resnet.md §2).
        for (var k = 1; k <= 60; k++)
        {
            var binomial = MathNet.Numerics.SpecialFunctions.Binomial(k + dimension - 3, dimension - 2);
            var expected = (2.0 * k + dimension - 2) / k * binomial;
            Assert.True(Math.Abs(Multiplicity.Of(dimension, k) - expected) <= 1e-12 * expected, $"N({dimension}, {k})");
        }
    }

    [Fact]
    public void Harmonics_up_to_degree_k_fill_the_polynomials_restricted_to_the_sphere()
    {
        // Σ_(j≤k) N(d, j) = C(k + d − 1, d − 1) + C(k + d − 2, d − 1), the dimension of polynomials of degree ≤ k on S^(d−1).
        for (var d = 2; d <= 9; d++)
        {
            var total = BigInteger.Zero;
            for (var k = 0; k <= 40; k++)
            {
                total += Multiplicity.Exact(d, k);
                var expected = Binomial(k + d - 1, d - 1) + Binomial(k + d - 2, d - 1);
                Assert.Equal(expected, total);
            }
        }
    }

    [Fact]
    public void Exact_multiplicities_do_not_overflow()
    {
        // N(40, 1000) ≈ 1.1·10⁶⁰, far beyond 64-bit integers.
        var n = Multiplicity.Exact(40, 1000);
        Assert.Equal(n, (2 * 1000 + 38) * Binomial(1000 + 37, 38) / 1000);
        Assert.True(Math.Abs(Multiplicity.Of(40, 1000) / (double)n - 1) <= 1e-15);
    }

    private static BigInteger Binomial(int n, int m)
    {
        var result = BigInteger.One;
        for (var i = 1; i <= m; i++) result = result * (n - m + i) / i;
        return result;
    }
}
