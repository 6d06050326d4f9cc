using FsCheck;
using FsCheck.Xunit;
using Symbolic.Spectral.Polynomials;
using Symbolic.Spectral.Quadrature;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral.Tests.Polynomials;

public sealed class GegenbauerTests
{
    /// <summary>
    /// Pₖ^(d)(t) at degree 1000 (and 100) from 40-digit mpmath (chebyt, gegenbauer/gegenbauer(1)). The plain forward
    /// recurrence misses the near-end-point values by up to 1.4e-12; the difference form stays at a few ulps.
    /// </summary>
    [Theory]
    [InlineData(1000, 2, 0.99999999, 0.9900166554928314927827963)]
    [InlineData(1000, 2, 0.9995, 0.9784112069914654100921982)]
    [InlineData(1000, 2, 0.3, -0.9991251116426111968767473)]
    [InlineData(1000, 2, -0.99995, -0.8390488605470807724869886)]
    [InlineData(100, 3, 0.99999999, 0.9999495006371789314729008)]
    [InlineData(1000, 3, 0.99999999, 0.9950012589871191630980751)]
    [InlineData(1000, 3, 0.9995, 0.1197777344735970479700712)]
    [InlineData(1000, 3, 0.7, -0.02932329958698958673067037)]
    [InlineData(100, 3, -0.6, -0.02374702390513306888674374)]
    [InlineData(100, 3, -0.99995, 0.7629960537257250358238009)]
    [InlineData(1000, 3, -0.99995, -0.246153828046593129659608)]
    [InlineData(1000, 5, 0.99999999, 0.9974945949554867604971514)]
    [InlineData(1000, 5, 0.9995, -0.004434647779799012578397308)]
    [InlineData(1000, 5, 0.3, -0.00004945067411060882009885549)]
    [InlineData(1000, 5, -0.99995, 0.007929566438378215054188323)]
    public void Normalized_matches_high_precision_values(int degree, int dimension, double t, double expected)
    {
        Assert.True(Math.Abs(Gegenbauer.Normalized(degree, dimension, t) - expected) <= 4e-15,
            $"P_{degree}^({dimension})({t}) = {Gegenbauer.Normalized(degree, dimension, t):R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void Normalized_polynomials_are_orthogonal_with_norm_one_over_multiplicity(int dimension)
    {
        // (ω_(d−2)/ω_(d−1)) ∫₀^π Pⱼ Pₖ sin^(d−2)θ dθ = δⱼₖ / N(d, k) (addition theorem, fc-resnet.md §2).
        const int maxDegree = 40;
        var rule = GaussLegendreRule.Create(120);
        var ratio = MathNet.Numerics.SpecialFunctions.Gamma(dimension / 2.0)
                    / (Math.Sqrt(Math.PI) * MathNet.Numerics.SpecialFunctions.Gamma((dimension - 1) / 2.0));
        var gram = new double[maxDegree + 1, maxDegree + 1];
        for (var i = 0; i < rule.Order; i++)
        {
            var theta = Math.PI / 2 * rule.DistancesFromLeft[i];
            var values = Gegenbauer.NormalizedAll(maxDegree, dimension, Math.Cos(theta));
            var weight = ratio * Math.PI / 2 * rule.Weights[i] * Math.Pow(Math.Sin(theta), dimension - 2);
            for (var j = 0; j <= maxDegree; j++)
                for (var k = 0; k <= maxDegree; k++) gram[j, k] += weight * values[j] * values[k];
        }

        for (var j = 0; j <= maxDegree; j++)
            for (var k = 0; k <= maxDegree; k++)
            {
                var expected = j == k ? 1 / Multiplicity.Of(dimension, k) : 0;
                Assert.True(Math.Abs(gram[j, k] - expected) <= 1e-14, $"⟨P{j}, P{k}⟩ = {gram[j, k]:R}");
            }
    }

    [Property(Arbitrary = [typeof(SpectralArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool Normalized_equals_Gegenbauer_over_its_value_at_one(GegenbauerCase c)
    {
        var normalized = Gegenbauer.Normalized(c.Degree, c.Dimension, c.T);
        var reference = c.Dimension == 2
            ? Math.Cos(c.Degree * Math.Acos(c.T))
            : Gegenbauer.Evaluate(c.Degree, (c.Dimension - 2) / 2.0, c.T) / Gegenbauer.ValueAtOne(c.Degree, (c.Dimension - 2) / 2.0);
        // The references themselves (plain recurrence, cos(k·acos t)) lose up to ~k²·ε near t = ±1.
        return Math.Abs(normalized - reference) <= 1e-10 && Math.Abs(normalized) <= 1 + 1e-14;
    }

    [Property(Arbitrary = [typeof(SpectralArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool All_degrees_in_one_pass_agree_with_single_degrees_and_have_parity(GegenbauerCase c)
    {
        var all = Gegenbauer.NormalizedAll(c.Degree, c.Dimension, c.T);
        var mirrored = Gegenbauer.NormalizedAll(c.Degree, c.Dimension, -c.T);
        return all[c.Degree] == Gegenbauer.Normalized(c.Degree, c.Dimension, c.T)
               && all[0] == 1
               && Enumerable.Range(0, c.Degree + 1).All(k => mirrored[k] == (k % 2 == 0 ? all[k] : -all[k]));
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(1, 1.0)]
    [InlineData(7, 1.0)]
    [InlineData(250, 1.0)]
    public void Normalized_is_one_at_one(int degree, double t)
    {
        foreach (var dimension in new[] { 2, 3, 4, 9, 50 })
            Assert.Equal(1.0, Gegenbauer.Normalized(degree, dimension, t), 15);
    }

    [Fact]
    public void Evaluate_matches_closed_forms()
    {
        // C₂^α(t) = 2α(1 + α)t² − α, C₃^α(t) = (4/3)α(1 + α)(2 + α)t³ − 2α(1 + α)t; C_k^(1/2) = Legendre.
        const double alpha = 0.75, t = 0.3;
        Assert.Equal(2 * alpha * (1 + alpha) * t * t - alpha, Gegenbauer.Evaluate(2, alpha, t), 15);
        Assert.Equal(4.0 / 3 * alpha * (1 + alpha) * (2 + alpha) * t * t * t - 2 * alpha * (1 + alpha) * t,
            Gegenbauer.Evaluate(3, alpha, t), 15);
        Assert.Equal((5 * t * t * t - 3 * t) / 2, Gegenbauer.Evaluate(3, 0.5, t), 15);
        Assert.Equal(MathNet.Numerics.SpecialFunctions.Gamma(9 + 2 * alpha) / (MathNet.Numerics.SpecialFunctions.Factorial(9)
            * MathNet.Numerics.SpecialFunctions.Gamma(2 * alpha)), Gegenbauer.ValueAtOne(9, alpha), 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Gegenbauer.Evaluate(2, 0, t));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gegenbauer.Normalized(2, 1, t));
    }
}
