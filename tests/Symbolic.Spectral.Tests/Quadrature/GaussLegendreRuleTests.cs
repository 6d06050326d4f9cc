using FsCheck;
using FsCheck.Xunit;
using Symbolic.Spectral.Quadrature;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.Quadrature;

public sealed class GaussLegendreRuleTests
{
    /// <summary>Orders for which MathNet 5.0.0 uses stored tables (its computed orders are off by ~1e-10).</summary>
    public static TheoryData<int> MathNetTabulatedOrders => [1, 2, 5, 12, 20, 37, 64, 96, 100, 128, 256, 512, 1024];

    [Theory]
    [MemberData(nameof(MathNetTabulatedOrders))]
    public void Rule_matches_MathNet_tables(int order)
    {
        var mine = GaussLegendreRule.Create(order);
        var reference = new MathNet.Numerics.Integration.GaussLegendreRule(-1, 1, order);
        for (var i = 0; i < order; i++)
        {
            Assert.True(Math.Abs(mine.Abscissas[i] - reference.Abscissas[i]) <= 2.3e-16, $"x[{i}] of n = {order}");
            Assert.True(Tolerance.Close(mine.Weights[i], reference.Weights[i], relative: 1e-13, absolute: 0),
                $"w[{i}] of n = {order}: {mine.Weights[i]:R} vs {reference.Weights[i]:R}");
        }
    }

    /// <summary>Nodes, weights and 1 − x from a 40-digit Newton iteration (mpmath), including the outermost nodes.</summary>
    [Theory]
    [InlineData(1000, 999, 0.9999971112980755105698763, 7.413338416432071517476832e-6, 2.888701924489430123724e-6)]
    [InlineData(1000, 997, 0.9999625941483601532694611, 2.711460656520585698640452e-5, 3.740585163984673053886e-5)]
    [InlineData(1000, 749, 0.7057176251892954065707054, 0.002224684178668292944128333, 0.2942823748107045934292946)]
    [InlineData(1000, 500, 0.001570010480083193829005023, 0.003140018380182867786995939, 0.998429989519916806171)]
    [InlineData(4128, 4127, 0.9999998303505055959354361, 4.353753751736058850807507e-7, 1.696494944040645639e-7)]
    [InlineData(4128, 4125, 0.9999978031938401215208252, 1.592421550631991741139945e-6, 2.196806159878479174e-6)]
    [InlineData(4128, 2064, 0.0003804762691961807599104374, 0.0007609525016733065132362346, 0.99961952373080381924)]
    public void Rule_matches_high_precision_nodes_and_weights(int order, int index, double node, double weight, double oneMinusNode)
    {
        var rule = GaussLegendreRule.Create(order);
        Assert.True(Math.Abs(rule.Abscissas[index] - node) <= 2.3e-16);
        Assert.True(Tolerance.Close(rule.Weights[index], weight, relative: 3e-14, absolute: 0));
        Assert.True(Tolerance.Close(rule.DistancesFromLeft[order - 1 - index], oneMinusNode, relative: 4e-15, absolute: 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1025)]
    [InlineData(4128)]
    [InlineData(10_001)]
    public void Weights_sum_to_two_and_rule_is_symmetric(int order)
    {
        var rule = GaussLegendreRule.Create(order);
        Assert.True(Math.Abs(rule.Weights.Sum() - 2) <= 1e-13);
        for (var i = 0; i < order; i++)
        {
            Assert.Equal(-rule.Abscissas[order - 1 - i], rule.Abscissas[i]);
            Assert.Equal(rule.Weights[order - 1 - i], rule.Weights[i]);
            Assert.True(rule.Weights[i] > 0);
            if (i > 0) Assert.True(rule.Abscissas[i] > rule.Abscissas[i - 1]);
        }

        if (order % 2 == 1) Assert.Equal(0.0, rule.Abscissas[order / 2]);
    }

    [Theory]
    [InlineData(1025)]
    [InlineData(4128)]
    public void Large_rules_integrate_end_point_singular_functions(int order)
    {
        var rule = GaussLegendreRule.Create(order);
        // ∫₋₁¹ acos x dx = π and ∫₀^π sin³θ dθ = 4/3 (mapped to [0, π]).
        Assert.True(Math.Abs(rule.Integrate(Math.Acos, -1, 1) - Math.PI) <= 2e-14);
        Assert.True(Math.Abs(rule.Integrate(theta => Math.Pow(Math.Sin(theta), 3), 0, Math.PI) - 4.0 / 3) <= 1e-14);
    }

    [Property(Arbitrary = [typeof(SpectralArbitrary)], MaxTest = 60, Replay = "(1234,5679)")]
    public bool Rule_integrates_polynomials_of_degree_up_to_2n_minus_1_exactly(PolynomialCase polynomial)
    {
        var rule = GaussLegendreRule.Create(polynomial.Order);
        var exact = 0.0;
        for (var j = 0; j < polynomial.Coefficients.Length; j += 2) exact += 2 * polynomial.Coefficients[j] / (j + 1);
        var scale = polynomial.Coefficients.Sum(Math.Abs);
        return Math.Abs(rule.Integrate(polynomial.Evaluate, -1, 1) - exact) <= 1e-14 * scale;
    }

    [Fact]
    public void Create_rejects_orders_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GaussLegendreRule.Create(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GaussLegendreRule.Create(GaussLegendreRule.MaxOrder + 1));
    }
}
