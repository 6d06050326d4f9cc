using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// Combinators that turn rules into rewriters (SymbolicUtils' <c>Rewriters</c>, egg's runner): <see cref="Chain"/>
/// tries rules on one node, <see cref="BottomUp(Rewriter)"/> normalises a whole DAG, and <see cref="Fixpoint(Expr, Rewriter, RewriteBudget, Assumptions?, RewriteTrace?)"/>
/// repeats a rewriter until nothing changes or the budget runs out.
/// </summary>
public static class Rewriters
{
    /// <summary>A rewriter that tries <paramref name="rules"/> in order on the node it is given and returns the
    /// first replacement (it does not descend into children).</summary>
    public static Rewriter Chain(params IEnumerable<Rule> rules) => new ChainRewriter([.. rules]);

    /// <summary>
    /// A rewriter that applies <paramref name="inner"/> at every node, children first, memoized over the DAG and
    /// iterative. Parents are rebuilt through the canonical constructors, and every rewrite result is itself
    /// normalised, so one pass reaches a normal form unless the budget stops it.
    /// </summary>
    public static Rewriter BottomUp(Rewriter inner) => new BottomUpRewriter(inner);

    /// <summary>BottomUp(Chain(rules)).</summary>
    public static Rewriter BottomUp(params IEnumerable<Rule> rules) => BottomUp(Chain(rules));

    /// <summary>
    /// Applies <paramref name="rewriter"/> to <paramref name="e"/> until it returns its input unchanged
    /// (<see cref="StopReason.Saturated"/>) or a limit of <paramref name="budget"/> is hit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget limit is negative.</exception>
    public static RewriteResult Fixpoint(Expr e, Rewriter rewriter, RewriteBudget budget, Assumptions? assumptions = null, RewriteTrace? trace = null) =>
        Fixpoint(e, rewriter, new RewriteContext(assumptions, budget, trace));

    /// <summary>As <see cref="Fixpoint(Expr, Rewriter, RewriteBudget, Assumptions?, RewriteTrace?)"/>, within an existing
    /// context (its budget, clock, assumptions and trace).</summary>
    public static RewriteResult Fixpoint(Expr e, Rewriter rewriter, RewriteContext context)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(rewriter);
        var current = e;
        for (int iteration = 1; iteration <= context.Budget.MaxIterations; iteration++)
        {
            if (context.CheckTime()) return new RewriteResult(current, context.Stopped!.Value, iteration - 1);
            var next = rewriter.Rewrite(current, context);
            if (context.Stopped is { } reason) return new RewriteResult(next, reason, iteration);
            if (ReferenceEquals(next, current)) return new RewriteResult(current, StopReason.Saturated, iteration);
            current = next;
            if (context.CheckNodes(DagWalk.CountUnique(current))) return new RewriteResult(current, StopReason.NodeLimit, iteration);
        }
        return new RewriteResult(current, StopReason.IterationLimit, context.Budget.MaxIterations);
    }
}
