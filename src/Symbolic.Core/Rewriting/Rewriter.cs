using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// A strategy that rewrites a whole expression, built from rules by the combinators in <see cref="Rewriters"/>
/// (<c>Chain</c>, <c>BottomUp</c>). A rewriter returns its input object itself when nothing changed, and must
/// preserve the value wherever the input is defined.
/// </summary>
public abstract class Rewriter
{
    /// <summary>Creates the rewriter.</summary>
    protected Rewriter() { }

    /// <summary>Rewrites <paramref name="e"/>, reading assumptions and limits from <paramref name="context"/> and
    /// recording applied rules in its trace. Returns <paramref name="e"/> when nothing applies.</summary>
    public abstract Expr Rewrite(Expr e, RewriteContext context);
}
