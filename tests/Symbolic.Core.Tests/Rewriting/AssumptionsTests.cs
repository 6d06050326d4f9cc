using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Rewriting;
using static Symbolic.Core.Functions.Fn;

namespace Symbolic.Core.Tests.Rewriting;

public sealed class AssumptionsTests
{
    private static readonly Symbol x = Symbol.Of("x"), y = Symbol.Of("y"), t = Symbol.Of("t");
    private static readonly Assumptions None = Assumptions.None;

    [Fact]
    public void Structure_gives_signs_without_assumptions()
    {
        Assert.True(None.IsNonnegative(x.Pow(2)));
        Assert.False(None.IsPositive(x.Pow(2)));
        Assert.True(None.IsPositive(x.Pow(-2)));
        Assert.True(None.IsPositive(Exp(x) + Cosh(y)));
        Assert.True(None.IsNonnegative(Sqrt(x) * Abs(y)));
        Assert.True(None.IsNonnegative(Acos(x)));
        Assert.True(None.IsPositive(Acos(-x.Pow(2))));
        Assert.True(None.IsPositive(Constant.Pi - 3));
        Assert.True(None.IsNegative(Constant.E - 3));
        Assert.True(None.IsPositive(Sin(1)));        // decided numerically: a constant
        Assert.True(None.IsNegative(-Exp(x) - 1));
        Assert.True(None.IsZero(Number.Zero));
        Assert.False(None.IsNonnegative(x));
        Assert.False(None.IsNonnegative(x - y));
        Assert.False(None.IsNonnegative(Log(x)));
    }

    [Fact]
    public void Symbol_assumptions_propagate_through_structure()
    {
        var a = None.AssumePositive(x).AssumeNonnegative(y).AssumeInUnitInterval(t);
        Assert.True(a.IsPositive(x * Exp(y) + y));
        Assert.True(a.IsNonnegative(y.Pow(Number.Of(1, 3))));
        Assert.True(a.IsNonnegative(1 - t.Pow(2)));              // |t| ≤ 1 ⇒ 1 − t² ≥ 0, exactly
        Assert.False(a.IsPositive(1 - t.Pow(2)));
        Assert.True(a.IsPositive(2 - t));
        Assert.True(a.IsInUnitInterval(t.Pow(3) * Tanh(y)));
        Assert.False(a.IsPositive(t));
        Assert.True(a.Holds(Assumption.Positive, x) && a.Holds(Assumption.Nonnegative, y) && a.Holds(Assumption.UnitInterval, Sin(x)));
    }

    [Fact]
    public void Assumptions_compare_by_set_contents()
    {
        var a = None.AssumePositive(x, y);
        var b = None.AssumePositive(y).AssumePositive(x);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, None.AssumeNonnegative(x, y));
    }

    [Fact]
    public void Facts_of_deep_expressions_are_bounded_not_recursive()
    {
        Expr e = x;
        for (int i = 0; i < 50_000; i++) e = Exp(e) - 1;   // depth 10⁵: the inference gives up beyond its depth limit
        Assert.False(None.IsPositive(e));
        Assert.True(None.IsPositive(Exp(e)));
    }
}
