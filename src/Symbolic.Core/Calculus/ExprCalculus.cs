using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Calculus;

/// <summary>Discoverable extension members for the core operations on <see cref="Expr"/>.</summary>
public static class ExprCalculus
{
    extension(Expr e)
    {
        /// <summary>∂e/∂<paramref name="variable"/>.</summary>
        public Expr Differentiate(Symbol variable) => new Differentiator(variable).Derive(e);

        /// <summary>e with <paramref name="symbol"/> replaced by <paramref name="value"/>.</summary>
        public Expr Substitute(Symbol symbol, Expr value) => Substituter.Substitute(e, symbol, value);

        /// <summary>Number of unique nodes in the DAG.</summary>
        public int DagSize => DagWalk.CountUnique(e);
    }
}
