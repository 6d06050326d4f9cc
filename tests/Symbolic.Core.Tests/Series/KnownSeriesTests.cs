using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>The coefficient tables and the derivative-integration Taylor coefficients of <see cref="KnownSeries"/>.</summary>
public sealed class KnownSeriesTests
{
    private static Rational Q(long p, long q) => Rational.Of(p, q);

    [Fact]
    public void Acos_near_one_has_the_reference_coefficients()
    {
        // acos(1 − w) = √(2w)(1 + w/12 + 3w²/160 + 5w³/896 + …), fc-resnet.md §1.2 and SymPy
        Assert.Equal([Rational.One, Q(1, 12), Q(3, 160), Q(5, 896)], KnownSeries.AcosNearOne(4));
    }

    [Fact]
    public void Maclaurin_tables_match_the_closed_forms()
    {
        Assert.Equal([0, 1, 0, Q(1, 6), 0, Q(3, 40)], KnownSeries.Asin(6));
        Assert.Equal([0, 1, 0, Q(-1, 3), 0, Q(1, 5)], KnownSeries.Atan(6));
        Assert.Equal([0, 1, 0, Q(-1, 6), 0, Q(1, 120)], KnownSeries.Sin(6));
        Assert.Equal([1, 0, Q(-1, 2), 0, Q(1, 24)], KnownSeries.Cos(5));
        Assert.Equal([0, 1, Q(-1, 2), Q(1, 3)], KnownSeries.Log1p(4));
        Assert.Equal([0, 1, 0, Q(-1, 3), 0, Q(1, 10)], KnownSeries.ErfScaled(6));
    }

    [Fact]
    public void Binomial_series_of_a_square_root()
    {
        Expr[] expected = [1, Number.Half, Number.Of(-1, 8), Number.Of(1, 16), Number.Of(-5, 128)];
        Assert.Equal(expected, KnownSeries.Binomial(Number.Half, 5));
    }

    [Fact]
    public void Binomial_series_with_a_symbolic_exponent()
    {
        var alpha = Symbol.Of("alpha");
        var c = KnownSeries.Binomial(alpha, 3);
        Assert.Same(Number.One, c[0]);
        Assert.Same(alpha, c[1]);
        Assert.Same(Algebra.Algebra.Add(Number.Of(-1, 2) * alpha, Number.Of(1, 2) * alpha.Pow(2)), c[2]);
    }

    [Fact]
    public void Taylor_coefficients_of_log_at_a_symbolic_point_are_alternating_inverse_powers()
    {
        var c = Symbol.Of("c");
        var a = KnownSeries.TaylorAt(FunctionId.Log, c, 4);
        Assert.Same(Fn.Log(c), a[0]);
        Assert.Same(c.Pow(-1), a[1]);
        Assert.Same(Number.Of(-1, 2) * c.Pow(-2), a[2]);
        Assert.Same(Number.Of(1, 3) * c.Pow(-3), a[3]);
    }

    [Fact]
    public void Taylor_coefficients_of_acos_at_zero_are_minus_those_of_asin()
    {
        var a = KnownSeries.TaylorAt(FunctionId.Acos, Number.Zero, 6);
        Assert.Same(Number.Half * Constant.Pi, a[0]);
        var asin = KnownSeries.Asin(6);
        for (int k = 1; k < 6; k++) Assert.Same(Number.Of(-asin[k]), a[k]);
    }

    [Fact]
    public void Taylor_coefficients_need_a_function_with_an_expansion_rule()
    {
        Assert.Throws<ArgumentException>(() => KnownSeries.TaylorAt(FunctionId.Abs, Number.One, 3));
    }
}
