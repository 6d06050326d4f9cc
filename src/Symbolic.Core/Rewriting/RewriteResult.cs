using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>The outcome of <see cref="Rewriters.Fixpoint(Expr, Rewriter, RewriteBudget, Assumptions?, RewriteTrace?)"/>.</summary>
/// <param name="Result">The rewritten expression; equal in value to the input whatever the stop reason.</param>
/// <param name="Stop">Why the run ended.</param>
/// <param name="Iterations">Passes run, including the final pass that found nothing to change.</param>
public sealed record RewriteResult(Expr Result, StopReason Stop, int Iterations)
{
    /// <summary>Deconstructs into result and stop reason: <c>var (e, stop) = Rewriters.Fixpoint(…)</c>.</summary>
    public void Deconstruct(out Expr result, out StopReason stop) => (result, stop) = (Result, Stop);
}
