using Symbolic.Core.Expressions;

namespace Symbolic.Core.Traversal;

/// <summary>Simultaneous substitution of subexpressions, memoized over the DAG (each shared node rebuilt once).</summary>
public static class Substituter
{
    /// <summary>Replaces every occurrence of each key of <paramref name="map"/> by its value, simultaneously
    /// (x→y, y→x swaps), rebuilding through the canonical constructors.</summary>
    public static Expr Substitute(Expr e, IReadOnlyDictionary<Expr, Expr> map)
    {
        if (map.Count == 0) return e;
        var memo = new Dictionary<Expr, Expr>(ExprReferenceComparer.Instance);
        var buffer = new List<Expr>();
        foreach (var node in DagWalk.PostOrder(e))
        {
            if (map.TryGetValue(node, out var replacement)) { memo[node] = replacement; continue; }
            if (node.Children.Length == 0) { memo[node] = node; continue; }
            buffer.Clear();
            foreach (var child in node.Children) buffer.Add(memo[child]);
            memo[node] = Rebuild.With(node, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
        }
        return memo[e];
    }

    /// <summary>e with <paramref name="symbol"/> replaced by <paramref name="value"/>.</summary>
    public static Expr Substitute(Expr e, Symbol symbol, Expr value) =>
        Substitute(e, new Dictionary<Expr, Expr> { [symbol] = value });
}
