using FsCheck.Xunit;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Rewriting;

public sealed class SimplifyProperties
{
    private static bool PreservesValue(Expr e, SamplePoint p)
    {
        var before = Evaluator.Evaluate(e, p.Bindings);
        return !double.IsFinite(before)                        // outside the domain: nothing to check
            || !Conditioning.IsWellConditioned(e, p.Bindings)  // a rounding residue stands in for an exact 0
            || Tolerance.Close(before, Evaluator.Evaluate(e.Simplify(), p.Bindings), relative: 1e-9);
    }

    private static bool IsIdempotentWhenSaturated(Expr e)
    {
        var once = Simplifier.Simplify(e);
        return once.Stop != StopReason.Saturated || ReferenceEquals(once.Result, once.Result.Simplify());
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 600, Replay = "(1234,5679)")]
    public bool Simplify_preserves_numeric_value(Expr e, SamplePoint p) => PreservesValue(e, p);

    [Property(Arbitrary = [typeof(RewriteArbitrary)], MaxTest = 600, Replay = "(4321,8765)")]
    public bool Simplify_preserves_numeric_value_on_rule_targets(Expr e, SamplePoint p) => PreservesValue(e, p);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Simplify_is_idempotent(Expr e) => IsIdempotentWhenSaturated(e);

    [Property(Arbitrary = [typeof(RewriteArbitrary)], MaxTest = 300, Replay = "(4321,8765)")]
    public bool Simplify_is_idempotent_on_rule_targets(Expr e) => IsIdempotentWhenSaturated(e);

    [Property(Arbitrary = [typeof(RewriteArbitrary)], MaxTest = 300, Replay = "(2468,1357)")]
    public bool Simplify_under_assumptions_preserves_value_where_they_hold(Expr e, SamplePoint p)
    {
        // x > 0 and y ≥ 0 are assumed; the point is moved into that region before comparing.
        var (x, y) = (ExprArbitrary.Symbols[0], ExprArbitrary.Symbols[1]);
        var assumptions = Assumptions.None.AssumePositive(x).AssumeNonnegative(y).AssumeInUnitInterval(ExprArbitrary.Symbols);
        var bindings = p.Bindings.ToDictionary(b => b.Key, b => b.Key == x ? Math.Abs(b.Value) + 0.01 : b.Key == y ? Math.Abs(b.Value) : b.Value);
        var before = Evaluator.Evaluate(e, bindings);
        return !double.IsFinite(before)
            || !Conditioning.IsWellConditioned(e, bindings)
            || Tolerance.Close(before, Evaluator.Evaluate(e.Simplify(assumptions), bindings), relative: 1e-9);
    }
}
