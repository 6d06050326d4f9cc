using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Compilation;

/// <summary>The maximal constant subexpressions of a DAG (the root, or constant children of non-constant nodes),
/// valued by the interpreter itself: folding them changes no bit of the result and saves e.g. π⁻² = Math.Pow(π, −2)
/// per evaluation. Shared by the LINQ compiler and the vectorised tape.</summary>
internal static class ConstantFolding
{
    private static readonly Dictionary<Symbol, double> s_noBindings = [];

    public static Dictionary<Expr, double> Of(Expr root) => Of(root, DagWalk.PostOrder(root));

    /// <summary>As <see cref="Of(Expr)"/>, given the unique nodes of <paramref name="root"/> (any order).</summary>
    public static Dictionary<Expr, double> Of(Expr root, List<Expr> nodes)
    {
        var folds = new Dictionary<Expr, double>(ExprReferenceComparer.Instance);
        foreach (var node in nodes)
        {
            if (node.IsConstant) { if (ReferenceEquals(node, root)) Fold(node); continue; }
            foreach (var child in node.Children)
                if (child.IsConstant) Fold(child);
        }
        return folds;

        void Fold(Expr e)
        {
            if (!folds.ContainsKey(e)) folds[e] = Evaluator.Evaluate(e, s_noBindings);
        }
    }
}
