using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>Inputs without a real Puiseux expansion come back as data (failure kind and message), never as an
/// exception from <see cref="SeriesExpander.Expand"/>; numeric decisions come back as notes.</summary>
public sealed class SeriesFailureTests
{
    private static readonly Symbol T = Symbol.Of("t");

    [Theory]
    [InlineData("log at 0", SeriesFailure.NotPuiseux)]
    [InlineData("exp of a pole", SeriesFailure.NotPuiseux)]
    [InlineData("sin of a pole", SeriesFailure.NotPuiseux)]
    [InlineData("acos beyond 1", SeriesFailure.Domain)]
    [InlineData("sqrt of a negative leading term", SeriesFailure.Domain)]
    [InlineData("log of a negative constant term", SeriesFailure.Domain)]
    [InlineData("acos of 3", SeriesFailure.Domain)]
    [InlineData("symbolic power of a vanishing base", SeriesFailure.Unsupported)]
    [InlineData("division by a vanishing series", SeriesFailure.Shortfall)]
    public void Failures_are_reported_not_thrown(string name, SeriesFailure failure)
    {
        var (e, point) = name switch
        {
            "log at 0" => (Fn.Log(T), ExpansionPoint.At(0)),
            "exp of a pole" => (Fn.Exp(1 / T), ExpansionPoint.At(0)),
            "sin of a pole" => (Fn.Sin(1 / T), ExpansionPoint.At(0)),
            "acos beyond 1" => (Fn.Acos(T), ExpansionPoint.Approaching(1, 1)),
            "sqrt of a negative leading term" => (Fn.Sqrt(T), ExpansionPoint.Approaching(0, -1)),
            "log of a negative constant term" => (Fn.Log(T - 2), ExpansionPoint.At(0)),
            "acos of 3" => (Fn.Acos(3 + T), ExpansionPoint.At(0)),
            "symbolic power of a vanishing base" => (T.Pow(Symbol.Of("alpha")), ExpansionPoint.At(0)),
            _ => (1 / (Fn.Sin(T).Pow(2) + Fn.Cos(T).Pow(2) - 1), ExpansionPoint.At(0)),
        };
        var expansion = SeriesExpander.Expand(e, T, point, 2);
        Assert.False(expansion.Succeeded, name);
        Assert.Equal(failure, expansion.Failure);
        Assert.False(string.IsNullOrWhiteSpace(expansion.Error));
        Assert.Throws<SeriesException>(() => e.Series(T, point, 2));
    }

    [Fact]
    public void Limits_beyond_all_orders_are_constants()
    {
        var point = ExpansionPoint.At(0);
        SeriesAssert.Terms(Fn.Exp(-1 / T).Series(T, point, 3), 3);
        SeriesAssert.Terms(Fn.Erf(1 / T).Series(T, point, 3), 3, (0, 1));
        SeriesAssert.Terms(Fn.Tanh(-1 / T).Series(T, point, 3), 3, (0, -1));
    }

    [Fact]
    public void Abs_sign_and_step_follow_the_sign_of_the_leading_term()
    {
        var point = ExpansionPoint.One;   // t = 1 − u: t − 1 = −u < 0
        SeriesAssert.Terms(Fn.Abs(T - 1).Series(T, point, 3), null, (1, 1));
        SeriesAssert.Terms(Fn.Sign(T - 1).Series(T, point, 3), null, (0, -1));
        SeriesAssert.Terms(Fn.Heaviside(T - 1).Series(T, point, 3), null);
        SeriesAssert.Terms(Fn.Max(T, 2 - T).Series(T, point, 3), null, (0, 1), (1, 1));
        SeriesAssert.Terms(Fn.Min(T, 2 - T).Series(T, point, 3), null, (0, 1), (1, -1));
    }

    [Fact]
    public void A_numerically_decided_branch_point_is_flagged()
    {
        // cos(π/7)² + sin(π/7)² is 1, but the Core does not know it: acos of it is expanded at a numeric branch point
        var one = Fn.Cos(Constant.Pi / 7).Pow(2) + Fn.Sin(Constant.Pi / 7).Pow(2);
        var expansion = SeriesExpander.Expand(Fn.Acos(one * T), T, ExpansionPoint.One, 2);
        Assert.True(expansion.Succeeded, expansion.Error);
        Assert.Contains(expansion.Notes, n => n.Kind == SeriesNoteKind.NumericBranchPoint);
        Assert.Equal(Rational.Half, expansion.Series!.Terms[0].Power);
    }

    [Fact]
    public void A_hidden_zero_coefficient_is_dropped_and_flagged()
    {
        var zero = Fn.Cos(Constant.Pi / 7).Pow(2) + Fn.Sin(Constant.Pi / 7).Pow(2) - 1;
        var expansion = SeriesExpander.Expand(1 + zero * T + T * T, T, ExpansionPoint.At(0), 3);
        Assert.True(expansion.Succeeded, expansion.Error);
        Assert.Contains(expansion.Notes, n => n.Kind == SeriesNoteKind.NumericZero);
        SeriesAssert.Terms(expansion.Series!, null, (0, 1), (2, 1));
    }

    [Fact]
    public void An_expansion_point_depending_on_the_variable_is_refused()
    {
        var expansion = SeriesExpander.Expand(Fn.Exp(T), T, ExpansionPoint.At(T), 2);
        Assert.Equal(SeriesFailure.Unsupported, expansion.Failure);
    }
}
