using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>Discoverable extension members for simplification on <see cref="Expr"/>.</summary>
public static class ExprRewriting
{
    extension(Expr e)
    {
        /// <summary>e simplified by the default pipeline (<see cref="Simplifier.Simplify"/>); the stop reason is dropped.</summary>
        public Expr Simplify(SimplifyOptions? options = null) => Simplifier.Simplify(e, options).Result;

        /// <summary>e simplified under <paramref name="assumptions"/>.</summary>
        public Expr Simplify(Assumptions assumptions) =>
            Simplifier.Simplify(e, SimplifyOptions.Default with { Assumptions = assumptions }).Result;
    }
}
