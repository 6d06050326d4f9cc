using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using static Symbolic.Core.Tests.Series.ArcCosineKernels;

namespace Symbolic.Core.Tests.Series;

/// <summary>κ₀ and κ₁ at t = ±1 against the exact expansions of fc-resnet.md §1.2: same objects, not just close.</summary>
public sealed class EndpointExpansionTests
{
    private static readonly Expr SqrtTwoOverPi = Fn.Sqrt(2) / Constant.Pi;

    private static Expr Frac(long p, long q) => Number.Of(p, q);

    [Fact]
    public void Kappa0_at_one_matches_reference_exactly()
    {
        var series = Kappa0(T).Series(T, ExpansionPoint.One, Rational.Of(7, 2));
        SeriesAssert.Terms(series, Rational.Of(7, 2),
            (0, Number.One),
            (Rational.Half, -SqrtTwoOverPi),
            (Rational.Of(3, 2), Frac(-1, 12) * SqrtTwoOverPi),
            (Rational.Of(5, 2), Frac(-3, 160) * SqrtTwoOverPi));
    }

    [Fact]
    public void Kappa1_at_one_matches_reference_exactly()
    {
        var series = Kappa1(T).Series(T, ExpansionPoint.One, Rational.Of(7, 2));
        SeriesAssert.Terms(series, Rational.Of(7, 2),
            (0, Number.One),
            (1, Number.MinusOne),
            (Rational.Of(3, 2), Frac(2, 3) * SqrtTwoOverPi),
            (Rational.Of(5, 2), Frac(1, 30) * SqrtTwoOverPi));
    }

    [Fact]
    public void Kappa0_at_minus_one_matches_reference_exactly()
    {
        var series = Kappa0(T).Series(T, ExpansionPoint.MinusOne, Rational.Of(7, 2));
        SeriesAssert.Terms(series, Rational.Of(7, 2),
            (Rational.Half, SqrtTwoOverPi),
            (Rational.Of(3, 2), Frac(1, 12) * SqrtTwoOverPi),
            (Rational.Of(5, 2), Frac(3, 160) * SqrtTwoOverPi));
    }

    [Fact]
    public void Kappa1_at_minus_one_matches_reference_exactly()
    {
        var series = Kappa1(T).Series(T, ExpansionPoint.MinusOne, Rational.Of(7, 2));
        SeriesAssert.Terms(series, Rational.Of(7, 2),
            (Rational.Of(3, 2), Frac(2, 3) * SqrtTwoOverPi),
            (Rational.Of(5, 2), Frac(1, 30) * SqrtTwoOverPi));
    }

    [Fact]
    public void Two_layer_ntk_at_one_has_leading_singular_coefficient_minus_sqrt2_over_pi()
    {
        var (_, ntk) = FullyConnected(2);
        var series = ntk.Series(T, ExpansionPoint.One, 1);
        Assert.Same(Number.Of(2), series.Coefficient(0));
        Assert.Same(-SqrtTwoOverPi, series.Coefficient(Rational.Half));
    }

    [Fact]
    public void Three_layer_ntk_at_one_has_leading_singular_coefficient_minus_three_sqrt2_over_pi()
    {
        // The example −3√2/π (−1.3504744742356596) is Θ₃ = Arora's depth-2 NTK, whose value at t = 1 is 3.
        var (_, ntk) = FullyConnected(3);
        var series = ntk.Series(T, ExpansionPoint.One, 1);
        Assert.Same(Number.Of(3), series.Coefficient(0));
        Assert.Same(-3 * SqrtTwoOverPi, series.Coefficient(Rational.Half));
        Assert.Equal(-1.3504744742356596, Evaluation.Evaluator.Evaluate(series.Coefficient(Rational.Half), new Dictionary<Symbol, double>()), 14);
    }

    [Fact]
    public void Half_integer_powers_cancel_in_a_product_of_two_branch_point_pieces()
    {
        // √(1 − t²)·acos t at t = 1 − u is 2u − u²/3 + O(u³): both factors are ramified, the product is not
        var series = (Fn.Sqrt(1 - T * T) * Fn.Acos(T)).Series(T, ExpansionPoint.One, 3);
        SeriesAssert.Terms(series, 3, (1, 2), (2, Frac(-1, 3)));
        Assert.Equal(1, series.Ramification);
    }
}
