using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Rewriting.Rules;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Tests.Rewriting;

public sealed class RewritersTests
{
    private static readonly Symbol x = Symbol.Of("x"), y = Symbol.Of("y");

    private static readonly Rule SinToCos = new("sin-to-cos", "test rule sin u → cos u", e =>
        e is Call(FunctionId.Sin, [var u]) ? Fn.Cos(u) : null);

    private static readonly Rule CosToSin = new("cos-to-sin", "test rule cos u → sin u", e =>
        e is Call(FunctionId.Cos, [var u]) ? Fn.Sin(u) : null);

    private static readonly Rule Grow = new("grow", "test rule u → u + 1 on exp", e =>
        e is Call(FunctionId.Exp, [var u]) ? Fn.Exp(u + 1) : null);

    [Fact]
    public void Chain_tries_rules_in_order_at_the_root_only()
    {
        var context = new RewriteContext();
        var chain = Rewriters.Chain(ExactValueRules.AcosExact, InverseTrigRules.AcosOfNegated);
        Assert.Same(Constant.Pi, chain.Rewrite(Fn.Acos(-1), context));           // first rule wins
        Assert.Same(Constant.Pi - Fn.Acos(x), chain.Rewrite(Fn.Acos(-x), context));
        var nested = Fn.Sin(Fn.Acos(1));
        Assert.Same(nested, chain.Rewrite(nested, context));                       // no descent into children
    }

    [Fact]
    public void BottomUp_rewrites_inner_nodes_and_renormalises_results()
    {
        // cos(acos(−½)) → acos(−½) → π − acos(½) → π − π/3 needs each rewrite's result to be normalised again.
        var e = Fn.Sin(Fn.Acos(-Number.Half)) + Fn.Cos(Fn.Acos(-Number.Half)) * y;
        var result = Rewriters.BottomUp(Simplifier.DefaultRules).Rewrite(e, new RewriteContext());
        Assert.Same(Fn.Sqrt(3) / 2 - y / 2, result);
    }

    [Fact]
    public void BottomUp_rewrites_each_shared_node_once()
    {
        var shared = Fn.Sin(Fn.Acos(x));
        var e = shared + shared * y + Fn.Exp(shared);
        var trace = new RewriteTrace();
        var result = Rewriters.Fixpoint(e, Rewriters.BottomUp(InverseTrigRules.All), RewriteBudget.Default, trace: trace);
        Assert.Equal(StopReason.Saturated, result.Stop);
        Assert.Single(trace.Steps, s => s.Rule == "sin-acos");
        var root = Fn.Sqrt(1 - x.Pow(2));
        Assert.Same(root + root * y + Fn.Exp(root), result.Result);
    }

    [Fact]
    public void BottomUp_handles_a_chain_of_depth_twenty_thousand()
    {
        Expr e = x;
        for (int i = 0; i < 20_000; i++) e = Fn.Sin(Fn.Acos(Fn.Cos(Fn.Acos(e))));   // depth 80,000
        var result = Rewriters.Fixpoint(e, Rewriters.BottomUp(InverseTrigRules.All), RewriteBudget.Default);
        Assert.Equal(StopReason.Saturated, result.Stop);
        Expr expected = x;
        for (int i = 0; i < 20_000; i++) expected = Fn.Sqrt(1 - expected.Pow(2));
        Assert.Same(expected, result.Result);
    }

    [Fact]
    public void Fixpoint_reports_saturation_on_a_normal_form()
    {
        var e = x * y + Fn.Sin(x);
        var result = Rewriters.Fixpoint(e, Rewriters.BottomUp(Simplifier.DefaultRules), RewriteBudget.Default);
        Assert.Equal((e, StopReason.Saturated, 1), (result.Result, result.Stop, result.Iterations));
    }

    [Fact]
    public void Fixpoint_stops_at_the_iteration_limit()
    {
        // A single Chain at the root rewrites one node per pass: exp(x) → exp(x + 1) → … never saturates.
        var (result, stop) = Rewriters.Fixpoint(Fn.Exp(x), Rewriters.Chain(Grow), RewriteBudget.Default with { MaxIterations = 3 });
        Assert.Equal(StopReason.IterationLimit, stop);
        Assert.Same(Fn.Exp(x + 3), result);
    }

    [Fact]
    public void Fixpoint_stops_at_the_node_limit_with_a_value_preserving_result()
    {
        var e = (x + 1).Pow(4) * (y + 2).Pow(3);
        var result = Rewriters.Fixpoint(e, Rewriters.BottomUp(ExpandRules.All), RewriteBudget.Default with { MaxNodes = 12 });
        Assert.Equal(StopReason.NodeLimit, result.Stop);
        var point = new Dictionary<Symbol, double> { [x] = 0.3, [y] = -0.7 };
        Assert.Equal(Evaluation.Evaluator.Evaluate(e, point), Evaluation.Evaluator.Evaluate(result.Result, point), 12);
    }

    [Fact]
    public void Fixpoint_stops_at_the_time_limit() =>
        Assert.Equal(StopReason.TimeLimit, Rewriters.Fixpoint(Fn.Acos(1), Rewriters.BottomUp(Simplifier.DefaultRules),
            RewriteBudget.Default with { MaxTime = TimeSpan.Zero }).Stop);

    [Fact]
    public void A_rule_cycle_terminates()
    {
        var result = Rewriters.Fixpoint(Fn.Sin(x) + y, Rewriters.BottomUp(SinToCos, CosToSin), RewriteBudget.Default);
        Assert.Equal(StopReason.Saturated, result.Stop);
        Assert.True(ReferenceEquals(result.Result, Fn.Sin(x) + y) || ReferenceEquals(result.Result, Fn.Cos(x) + y));
    }

    [Fact]
    public void A_growing_rule_is_stopped_by_the_budget()
    {
        var result = Rewriters.Fixpoint(Fn.Exp(x), Rewriters.BottomUp(Grow), RewriteBudget.Default with { MaxNodes = 500 });
        Assert.Equal(StopReason.NodeLimit, result.Stop);
    }

    [Fact]
    public void Trace_records_rule_before_and_after_and_respects_its_capacity()
    {
        var trace = new RewriteTrace(capacity: 1);
        Rewriters.Fixpoint(Fn.Acos(1) + Fn.Cos(Fn.Acos(y)), Rewriters.BottomUp(Simplifier.DefaultRules), RewriteBudget.Default, trace: trace);
        var step = Assert.Single(trace.Steps);
        Assert.Equal(1, trace.Dropped);
        Assert.Contains(step.Rule, new[] { "acos-exact", "cos-acos" });
        Assert.Same(step.Rule == "acos-exact" ? Fn.Acos(1) : Fn.Cos(Fn.Acos(y)), step.Before);
        Assert.Same(step.Rule == "acos-exact" ? Number.Zero : y, step.After);
    }

    [Fact]
    public void Negative_budgets_are_programmer_errors() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RewriteContext(budget: RewriteBudget.Default with { MaxIterations = -1 }));

    [Fact]
    public void Memo_tables_persist_between_passes_of_one_run()
    {
        var context = new RewriteContext();
        var rewriter = Rewriters.BottomUp(Simplifier.DefaultRules);
        var once = rewriter.Rewrite(Fn.Acos(-x) * y, context);
        int memoSize = context.MemoFor(rewriter).Count;
        Assert.Same(once, rewriter.Rewrite(once, context));
        Assert.Equal(memoSize, context.MemoFor(rewriter).Count);
        Assert.True(memoSize >= DagWalk.CountUnique(once));
    }
}
