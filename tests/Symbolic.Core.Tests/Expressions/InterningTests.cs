using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Tests.Expressions;

public sealed class InterningTests
{
    private static readonly Symbol X = Symbol.Of("x");
    private static readonly Symbol Y = Symbol.Of("y");

    [Fact]
    public void Nary_nodes_built_twice_are_the_same_object()
    {
        Assert.Same(X + Y + 1, 1 + Y + X);
        Assert.Same(X * Y * Fn.Sin(X), Fn.Sin(X) * (Y * X));
        Assert.Same(Fn.Max(X, Y), Fn.Max(X, Y));
    }

    [Fact]
    public void Symbols_and_numbers_are_interned_by_value()
    {
        Assert.Same(Symbol.Of("x"), X);
        Assert.Same(Number.Of(Rational.Of(2, 4)), Number.Half);
        Assert.Same(Float.Of(-0.0), Float.Of(0.0));
    }

    [Fact]
    public void Float_refuses_nan_but_holds_infinity()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Float.Of(double.NaN));
        Assert.Same(Float.Of(double.PositiveInfinity), Float.Of(1e300) * Float.Of(1e300));
    }

    [Fact]
    public void Free_symbols_are_cached()
    {
        var e = Fn.Acos(X) * Constant.Pi + 3;
        Assert.True(e.DependsOn(X));
        Assert.False(e.DependsOn(Y));
        Assert.False((Constant.Pi + 1).DependsOn(X));
        Assert.True((Constant.Pi + 1).IsConstant);
    }

    [Fact]
    public void Floats_mark_expressions_inexact()
    {
        Assert.True((X + 1).IsExact);
        Assert.False((X + Float.Of(0.5)).IsExact);
    }
}
