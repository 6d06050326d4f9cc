using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>Construction, accessors and order bookkeeping of <see cref="PuiseuxSeries"/>.</summary>
public sealed class PuiseuxSeriesApiTests
{
    private static readonly PuiseuxSeries U = PuiseuxSeries.Variable;

    private static PuiseuxSeries Terms(Rational? order, params (Rational Power, Expr Coefficient)[] terms) =>
        PuiseuxSeries.FromTerms(terms.Select(t => new SeriesTerm(t.Power, t.Coefficient)), order);

    [Fact]
    public void From_terms_merges_equal_powers_and_drops_terms_beyond_the_order()
    {
        var s = Terms(2, (Rational.Half, 1), (Rational.Half, 2), (1, Constant.Pi), (3, 7));
        SeriesAssert.Terms(s, 2, (Rational.Half, 3), (1, Constant.Pi));
        Assert.Equal(2, s.Ramification);
    }

    [Fact]
    public void Coefficients_are_exact_below_the_order_and_refused_beyond()
    {
        var s = Terms(Rational.Of(5, 2), (0, 1), (Rational.Half, Fn.Sqrt(2)));
        Assert.Same(Fn.Sqrt(2), s.Coefficient(Rational.Half));
        Assert.Same(Number.Zero, s.Coefficient(2));
        Assert.Same(Number.Zero, s.Coefficient(Rational.Of(1, 3)));   // off the lattice
        Assert.Same(Number.One, s.ConstantTerm);
        Assert.Equal(1.0, s.ConstantValue());
        Assert.Throws<ArgumentOutOfRangeException>(() => s.Coefficient(Rational.Of(5, 2)));
    }

    [Fact]
    public void Inverting_loses_twice_the_valuation()
    {
        var s = Terms(3, (1, 2), (2, 1));          // 2u + u² + O(u³)
        var inverse = s.Invert();                   // u⁻¹/2 − 1/4 + u/8 + O(u)? : ord = 3 − 2·1 = 1
        SeriesAssert.Terms(inverse, 1, (-1, Number.Half), (0, Number.Of(-1, 4)));
    }

    [Fact]
    public void A_square_root_of_a_ramified_leading_term_doubles_the_ramification()
    {
        var s = Terms(4, (1, 4), (2, 4));           // 4u + 4u²
        var root = s.Pow(Rational.Half);            // 2u^{1/2}(1 + u)^{1/2} = 2u^{1/2} + u^{3/2} − u^{5/2}/4 + …
        Assert.Equal(2, root.Ramification);
        SeriesAssert.Terms(root, Rational.Of(7, 2), (Rational.Half, 2), (Rational.Of(3, 2), 1), (Rational.Of(5, 2), Number.Of(-1, 4)));
    }

    [Fact]
    public void Mixed_ramifications_are_lifted_to_the_lcm()
    {
        var a = Terms(1, (Rational.Half, 1));
        var b = Terms(1, (Rational.Of(1, 3), 1));
        var sum = a + b;
        Assert.Equal(6, sum.Ramification);
        SeriesAssert.Terms(sum, 1, (Rational.Of(1, 3), 1), (Rational.Half, 1));
        SeriesAssert.Terms(a * b, Rational.Of(4, 3), (Rational.Of(5, 6), 1));
    }

    [Fact]
    public void Exact_series_stay_exact_under_polynomial_operations()
    {
        var p = (1 - U) * (1 + U) + U.Pow(3);
        Assert.True(p.IsExact);
        Assert.Null(p.Order);
        SeriesAssert.Terms(p, null, (0, 1), (2, -1), (3, 1));
        Assert.Throws<ArgumentException>(() => p.Invert());   // an infinite series needs an order
        SeriesAssert.Terms((1 - U).Invert(3), 3, (0, 1), (1, 1), (2, 1));
    }

    [Fact]
    public void Truncation_and_leading_terms()
    {
        var s = Terms(5, (0, 0), (1, Constant.Pi), (2, 1), (4, 1));
        Assert.Equal(new SeriesTerm(1, Constant.Pi), s.LeadingTerm());
        SeriesAssert.Terms(s.Truncate(2), 2, (1, Constant.Pi));
        Assert.Null(Terms(2).LeadingTerm());
        Assert.Null(PuiseuxSeries.Zero.LeadingTerm());
    }

    [Fact]
    public void Debug_form_lists_terms_and_the_order()
    {
        Assert.Equal("1 + 2·u^(1/2) + O(u^(3/2))", Terms(Rational.Of(3, 2), (0, 1), (Rational.Half, 2)).ToString());
        Assert.Equal("0", PuiseuxSeries.Zero.ToString());
    }
}
