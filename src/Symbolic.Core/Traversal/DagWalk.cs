using Symbolic.Core.Expressions;

namespace Symbolic.Core.Traversal;

/// <summary>Iterative walks over the unique nodes of a DAG (no recursion, so depth-10⁴ DAGs are safe).</summary>
public static class DagWalk
{
    /// <summary>The unique nodes reachable from <paramref name="root"/>, every child before its parents
    /// (topological order, root last). Each shared node appears once.</summary>
    public static List<Expr> PostOrder(Expr root) => PostOrder([root], Math.Min(2 * root.Depth, 1 << 20));

    /// <summary>The unique nodes reachable from any of <paramref name="roots"/>, children first.</summary>
    public static List<Expr> PostOrder(IEnumerable<Expr> roots) => PostOrder(roots, 0);

    // capacity: a guess at the node count (a DAG has at least as many nodes as it is deep), so that the visited set
    // and the result need not grow from empty through a dozen resizes.
    private static List<Expr> PostOrder(IEnumerable<Expr> roots, int capacity)
    {
        var result = new List<Expr>(capacity);
        var visited = new HashSet<Expr>(capacity, ExprReferenceComparer.Instance);
        var stack = new Stack<(Expr Node, int Next)>();
        foreach (var root in roots)
        {
            if (!visited.Add(root)) continue;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < node.Children.Length)
                {
                    stack.Push((node, next + 1));
                    var child = node.Children[next];
                    if (visited.Add(child)) stack.Push((child, 0));
                }
                else
                {
                    result.Add(node);
                }
            }
        }
        return result;
    }

    /// <summary>Number of unique nodes (the DAG size, not the tree size).</summary>
    public static int CountUnique(Expr root) => PostOrder(root).Count;

    /// <summary>How many times each unique node is referenced as a child within the DAG of <paramref name="root"/>
    /// (the root has count 0). Printers name nodes used more than once.</summary>
    public static Dictionary<Expr, int> ParentCounts(Expr root)
    {
        var counts = new Dictionary<Expr, int>(ExprReferenceComparer.Instance);
        foreach (var node in PostOrder(root))
        {
            counts.TryAdd(node, 0);
            foreach (var child in node.Children) counts[child] = counts.GetValueOrDefault(child) + 1;
        }
        return counts;
    }

    /// <summary>The free symbols of <paramref name="root"/>, ordered by name.</summary>
    public static IReadOnlyList<Symbol> Symbols(Expr root) =>
        [.. PostOrder(root).OfType<Symbol>().OrderBy(s => s.Name, StringComparer.Ordinal)];
}
