using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>Expansions at regular points against known coefficients (cross-checked with SymPy 1.14).</summary>
public sealed class TaylorExpansionTests
{
    private static readonly Symbol T = Symbol.Of("t");
    private static readonly Expr Pi = Constant.Pi;

    private static Expr Q(long p, long q) => Number.Of(p, q);

    [Fact]
    public void Exp_at_zero_has_reciprocal_factorials()
    {
        var series = Fn.Exp(T).Series(T, ExpansionPoint.At(0), 5);
        SeriesAssert.Terms(series, 5, (0, 1), (1, 1), (2, Q(1, 2)), (3, Q(1, 6)), (4, Q(1, 24)));
    }

    [Fact]
    public void Exp_at_a_symbolic_point_factors_out_exp_of_the_point()
    {
        var a = Symbol.Of("a");
        var series = Fn.Exp(T).Series(T, ExpansionPoint.At(a), 3);
        SeriesAssert.Terms(series, 3, (0, Fn.Exp(a)), (1, Fn.Exp(a)), (2, Q(1, 2) * Fn.Exp(a)));
    }

    [Fact]
    public void Log_at_two_has_alternating_inverse_powers()
    {
        var series = Fn.Log(T).Series(T, ExpansionPoint.At(2), 4);
        SeriesAssert.Terms(series, 4, (0, Fn.Log(2)), (1, Q(1, 2)), (2, Q(-1, 8)), (3, Q(1, 24)));
    }

    [Fact]
    public void Log_at_one_starts_at_u()
    {
        var series = Fn.Log(T).Series(T, ExpansionPoint.At(1), 4);
        SeriesAssert.Terms(series, 4, (1, 1), (2, Q(-1, 2)), (3, Q(1, 3)));
    }

    [Fact]
    public void Sin_at_pi_over_six_uses_exact_special_values()
    {
        var series = Fn.Sin(T).Series(T, ExpansionPoint.At(Pi / 6), 4);
        var sqrt3 = Fn.Sqrt(3);
        SeriesAssert.Terms(series, 4, (0, Q(1, 2)), (1, Q(1, 2) * sqrt3), (2, Q(-1, 4)), (3, Q(-1, 12) * sqrt3));
    }

    [Fact]
    public void Atan_at_one_matches_the_derivative_series_integrated()
    {
        var series = Fn.Atan(T).Series(T, ExpansionPoint.At(1), 6);
        SeriesAssert.Terms(series, 6, (0, Q(1, 4) * Pi), (1, Q(1, 2)), (2, Q(-1, 4)), (3, Q(1, 12)), (5, Q(-1, 40)));
    }

    [Fact]
    public void Asin_at_one_half_uses_exact_special_values()
    {
        var series = Fn.Asin(T).Series(T, ExpansionPoint.At(Number.Half), 4);
        var sqrt3 = Fn.Sqrt(3);
        SeriesAssert.Terms(series, 4, (0, Q(1, 6) * Pi), (1, Q(2, 3) * sqrt3), (2, Q(2, 9) * sqrt3), (3, Q(8, 27) * sqrt3));
    }

    [Fact]
    public void Erf_at_zero_has_odd_terms_over_root_pi()
    {
        var series = Fn.Erf(T).Series(T, ExpansionPoint.At(0), 6);
        var c = Number.Of(2) * Pi.Pow(Number.Of(-1, 2));
        SeriesAssert.Terms(series, 6, (1, c), (3, Q(-1, 3) * c), (5, Q(1, 10) * c));
    }

    [Fact]
    public void Erf_at_one_matches_its_derivatives()
    {
        var series = Fn.Erf(T).Series(T, ExpansionPoint.At(1), 4);
        double d1 = 2 / Math.Sqrt(Math.PI) * Math.Exp(-1);
        double[] expected = [SpecialFunctions.Erf(1), d1, -d1, d1 / 3];
        for (int k = 0; k < 4; k++)
            Assert.Equal(expected[k], Evaluator.Evaluate(series.Coefficient(k), new Dictionary<Symbol, double>()), 14);
    }

    [Fact]
    public void Tan_at_pi_over_four_divides_sine_by_cosine()
    {
        var series = Fn.Tan(T).Series(T, ExpansionPoint.At(Pi / 4), 4);
        SeriesAssert.Terms(series, 4, (0, 1), (1, 2), (2, 2), (3, Q(8, 3)));
    }

    [Fact]
    public void Atan_of_a_pole_is_pi_over_two_minus_atan_of_the_reciprocal()
    {
        var series = Fn.Atan(1 / T).Series(T, ExpansionPoint.At(0), 5);
        SeriesAssert.Terms(series, 5, (0, Q(1, 2) * Pi), (1, -1), (3, Q(1, 3)));
    }

    [Fact]
    public void Square_root_at_a_simple_zero_is_ramified()
    {
        var series = Fn.Sqrt(T + T * T).Series(T, ExpansionPoint.At(0), 3);
        SeriesAssert.Terms(series, 3, (Rational.Half, 1), (Rational.Of(3, 2), Q(1, 2)), (Rational.Of(5, 2), Q(-1, 8)));
        Assert.Equal(2, series.Ramification);
    }

    [Fact]
    public void Exp_of_a_square_root_mixes_integer_and_half_integer_powers()
    {
        var series = Fn.Exp(Fn.Sqrt(T)).Series(T, ExpansionPoint.At(0), 2);
        SeriesAssert.Terms(series, 2, (0, 1), (Rational.Half, 1), (1, Q(1, 2)), (Rational.Of(3, 2), Q(1, 6)));
    }

    [Fact]
    public void Polynomials_come_back_exact()
    {
        var series = (T * T - 3 * T).Series(T, ExpansionPoint.One, 5);
        Assert.True(series.IsExact);
        SeriesAssert.Terms(series, null, (0, -2), (1, 1), (2, 1));
    }

    [Fact]
    public void A_variable_exponent_goes_through_exp_and_log()
    {
        var series = T.Pow(T).Series(T, ExpansionPoint.One, 4);   // (1 − u)^{1 − u}
        SeriesAssert.Terms(series, 4, (0, 1), (1, -1), (2, 1), (3, Q(-1, 2)));
    }

    [Fact]
    public void Explicit_floats_flow_through_as_approximate_coefficients()
    {
        var series = Fn.Exp(Float.Of(0.25) * T).Series(T, ExpansionPoint.At(0), 3);
        Assert.Same(Number.One, series.Coefficient(0));
        Assert.Equal(0.25, Assert.IsType<Float>(series.Coefficient(1)).Value);
        Assert.Equal(0.03125, Assert.IsType<Float>(series.Coefficient(2)).Value);
    }
}
