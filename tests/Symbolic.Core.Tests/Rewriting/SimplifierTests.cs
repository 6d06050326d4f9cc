using System.Diagnostics;
using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Traversal;
using Symbolic.Testing;
using static Symbolic.Core.Functions.Fn;

namespace Symbolic.Core.Tests.Rewriting;

public sealed class SimplifierTests
{
    private static readonly Symbol x = Symbol.Of("x"), y = Symbol.Of("y"), t = Symbol.Of("t");
    private static readonly Expr pi = Constant.Pi;

    [Fact]
    public void Derivative_of_kappa1_simplifies_to_the_same_node_as_kappa0()
    {
        // fc-resnet.md §1.1: κ₁′ = κ₀. The raw derivative is π⁻¹·(π − acos t).
        var derivative = FcReluNtk.Kappa1(t).Differentiate(t);
        Assert.NotSame(FcReluNtk.Kappa0(t), derivative);
        var simplified = Simplifier.Simplify(derivative);
        Assert.Equal(StopReason.Saturated, simplified.Stop);
        Assert.Same(FcReluNtk.Kappa0(t).Simplify(), simplified.Result);
        Assert.Same(FcReluNtk.Kappa0(t), simplified.Result);
    }

    [Fact]
    public void Kernel_values_at_exact_points_fold_to_the_reference_constants()
    {
        // κ₀(0) = ½, κ₁(0) = 1/π, κ₀(1) = κ₁(1) = 1, κ₀(−1) = κ₁(−1) = 0, Θ₂(1) = 2 (fc-resnet.md §1.1, §1.3).
        Assert.Same(Number.Half, FcReluNtk.Kappa0(0).Simplify());
        Assert.Same(1 / pi, FcReluNtk.Kappa1(0).Simplify());
        Assert.Same(Number.One, FcReluNtk.Kappa0(1).Simplify());
        Assert.Same(Number.One, FcReluNtk.Kappa1(1).Simplify());
        Assert.Same(Number.Zero, FcReluNtk.Kappa0(-1).Simplify());
        Assert.Same(Number.Zero, FcReluNtk.Kappa1(-1).Simplify());
        Assert.Same(Number.Of(2), FcReluNtk.Build(t, 2).Theta.Substitute(t, 1).Simplify());
        Assert.Same(Number.Of(5), FcReluNtk.Build(t, 5).Theta.Substitute(t, 1).Simplify());
    }

    [Fact]
    public void Depth_50_ntk_simplifies_within_budget_without_blowing_up()
    {
        var (_, theta) = FcReluNtk.Build(t, 50);
        int before = theta.DagSize;
        var budget = RewriteBudget.Default with { MaxNodes = 20_000, MaxTime = TimeSpan.FromSeconds(20) };
        var watch = Stopwatch.StartNew();
        var result = Simplifier.Simplify(theta, SimplifyOptions.Default with { Budget = budget });
        Assert.Equal(StopReason.Saturated, result.Stop);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(result.Result.DagSize <= 3 * before, $"{before} → {result.Result.DagSize} nodes");
        foreach (var v in new[] { -0.9, 0.3, 0.99 })
            Assert.True(Tolerance.Close(Evaluator.Evaluate(theta, t, v), Evaluator.Evaluate(result.Result, t, v), 1e-11));
        Assert.Same(result.Result, result.Result.Simplify());
    }

    [Fact]
    public void Sqrt_of_square_is_abs_and_is_x_under_nonnegativity()
    {
        Assert.Same(Abs(x), Sqrt(x.Pow(2)).Simplify());
        Assert.Same(x, Sqrt(x.Pow(2)).Simplify(Assumptions.None.AssumeNonnegative(x)));
        Assert.Same(Abs(x) * Sqrt(y), Sqrt(x.Pow(2) * y).Simplify(Assumptions.None.AssumeNonnegative(y)));
        Assert.Same(Sqrt(x.Pow(2) * y), Sqrt(x.Pow(2) * y).Simplify());   // a.e. only: not by default
        Assert.Same(x.Pow(2), Sqrt(x.Pow(4)).Simplify());
    }

    [Fact]
    public void Exp_log_rules_need_positivity_unless_it_follows_from_structure()
    {
        Assert.Same(Exp(Log(x)), Exp(Log(x)).Simplify());
        Assert.Same(x, Exp(Log(x)).Simplify(Assumptions.None.AssumePositive(x)));
        Assert.Same(x.Pow(3), Exp(3 * Log(x)).Simplify(Assumptions.None.AssumePositive(x)));
        Assert.Same(x + y, Log(Exp(x) * Exp(y)).Simplify());
        Assert.Same(Number.Of(3) / 2 * Log(2), Log(Sqrt(8)).Simplify());
        Assert.Same(Exp(2 * x), (Exp(x) * Exp(x)).Simplify());
    }

    [Fact]
    public void Inverse_trig_and_exact_values_combine()
    {
        Assert.Same(Sqrt(1 - t.Pow(2)), Sin(Acos(t)).Simplify());
        Assert.Same(Number.Half, Cos(Acos(Number.Half)).Simplify());
        Assert.Same(5 * pi / 6, Acos(-Sqrt(3) / 2).Simplify());
        Assert.Same(pi / 2, (Acos(x) + Asin(x)).Simplify());
        Assert.Same(pi - Acos(x), Acos(-x).Simplify());
        Assert.Same(Number.Zero, (Sin(-x) + Sin(x)).Simplify());
        Assert.Same(Number.One, (Sin(pi / 6).Pow(2) + Cos(pi / 6).Pow(2)).Simplify());
    }

    [Fact]
    public void Expansion_is_bounded_by_the_term_limit()
    {
        var small = (x + 1) * (y - 1);
        Assert.Same(x * y - x + y - 1, small.Simplify());
        var large = (x + y + 1).Pow(4);                     // 15 monomials
        Assert.IsType<Sum>(large.Simplify());
        Assert.Same(large, large.Simplify(SimplifyOptions.Default with { ExpandMaxTerms = 10 }));
        Assert.Same(small, small.Simplify(SimplifyOptions.Default with { Expand = false }));
    }

    [Fact]
    public void Trace_lists_the_rules_of_a_derivation()
    {
        var result = Simplifier.Simplify(Sin(Acos(-Number.Half)) * Exp(Log(2)), SimplifyOptions.Default with { RecordTrace = true });
        Assert.Same(Sqrt(3), result.Result);
        Assert.NotNull(result.Trace);
        Assert.Equal(["acos-exact", "exp-log [x > 0]", "sin-exact"], result.Trace!.RulesUsed.Order(StringComparer.Ordinal));
        Assert.Null(Simplifier.Simplify(x).Trace);
    }

    [Fact]
    public void Simplifying_a_depth_ten_thousand_dag_does_not_overflow_the_stack()
    {
        Expr e = t;
        for (int i = 0; i < 10_000; i++) e = Cos(Acos(e)) * Exp(Log(2)) / 2;
        var result = Simplifier.Simplify(e);
        Assert.Equal(StopReason.Saturated, result.Stop);
        Assert.Same(t, result.Result);
        Assert.True(e.Depth > 10_000 && DagWalk.CountUnique(e) > 10_000);
    }
}
