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
    public void Threads_building_the_same_nodes_at_once_get_the_same_objects()
    {
        // Fresh symbols, so every node is new to the tables; the threads meet at a barrier before each node, so they
        // look it up and add it at the same moment, and the tables grow meanwhile.
        const int threads = 4, count = 600;
        var symbols = Enumerable.Range(0, count).Select(i => (Expr)Symbol.Of($"interning_race_{i}")).ToArray();
        var results = new Expr[threads][];
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(k => new Thread(() =>
        {
            var built = new Expr[count];
            for (int i = 0; i < count; i++)
            {
                barrier.SignalAndWait();
                var (a, b) = (symbols[i], symbols[(i * 7 + 1) % count]);
                built[i] = Fn.Atan(a * b + 3 * a) * a.Pow(i % 5 + 2) + Number.Of(Rational.Of(i + 1, 7)) * b;
            }
            results[k] = built;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        for (int k = 1; k < threads; k++)
            for (int i = 0; i < count; i++) Assert.Same(results[0][i], results[k][i]);
        Assert.Equal(count, results[0].Distinct(ExprReferenceComparer.Instance).Count());
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
