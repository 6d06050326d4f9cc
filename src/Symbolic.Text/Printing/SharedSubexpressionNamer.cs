using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Text.Printing;

/// <summary>
/// Decides which nodes of an expression DAG are printed under a name instead of inline ("CSE for humans"):
/// <list type="number">
/// <item>a node used more than once whose inline size is at least the share threshold (otherwise the NTK recursion
/// Θ_ℓ = Θ_{ℓ−1}κ₀(Σ_{ℓ−1}) + Σ_ℓ prints as a tree of ~10¹⁰ nodes at depth 20);</item>
/// <item>a node whose inline nesting would exceed the depth limit (so a depth-10⁴ chain prints as shallow
/// definitions: no deep recursion in the printers, and text the parser's nesting limit accepts).</item>
/// </list>
/// One iterative pass over the unique nodes in post-order; O(unique nodes + edges).
/// </summary>
public sealed class SharedSubexpressionNamer
{
    private readonly Dictionary<Expr, int> _sharedIndex;
    private readonly Dictionary<Expr, int> _rootIndex;

    private SharedSubexpressionNamer(List<Expr> definitions, Dictionary<Expr, int> rootIndex)
    {
        Definitions = definitions;
        _rootIndex = rootIndex;
        _sharedIndex = new Dictionary<Expr, int>(definitions.Count);
        for (int i = 0; i < definitions.Count; i++) _sharedIndex[definitions[i]] = i + 1;
    }

    /// <summary>The named nodes in dependency order (each uses only names before it); the k-th (1-based) is name k.</summary>
    public IReadOnlyList<Expr> Definitions { get; }

    /// <summary>The 1-based name of <paramref name="node"/> if it is printed by name.</summary>
    public bool TryGetShared(Expr node, out int index) => _sharedIndex.TryGetValue(node, out index);

    /// <summary>
    /// The 0-based index of the root that <paramref name="node"/> is, if it is a non-leaf root that also occurs inside
    /// the printout (e.g. the NNGP Σ inside the NTK Θ): other roots then refer to it by its label.
    /// </summary>
    public bool TryGetRoot(Expr node, out int index) => _rootIndex.TryGetValue(node, out index);

    /// <summary>Analyses <paramref name="roots"/> together (names are shared across all of them).</summary>
    /// <param name="roots">Expressions printed together.</param>
    /// <param name="shareThreshold">Smallest inline size of a shared node that is named (values below 2 act as 2).</param>
    /// <param name="maxInlineDepth">Deepest inline nesting (values below 2 act as 2).</param>
    public static SharedSubexpressionNamer Analyze(IReadOnlyList<Expr> roots, int shareThreshold, int maxInlineDepth)
    {
        ArgumentNullException.ThrowIfNull(roots);
        shareThreshold = Math.Max(2, shareThreshold);
        maxInlineDepth = Math.Max(2, maxInlineDepth);
        var order = DagWalk.PostOrder(roots);
        var uses = new Dictionary<Expr, int>(order.Count);
        foreach (var node in order)
            foreach (var child in node.Children)
                uses[child] = uses.GetValueOrDefault(child) + 1;

        var rootIndex = new Dictionary<Expr, int>();
        for (int i = 0; i < roots.Count; i++)
            if (roots[i].Children.Length > 0 && uses.ContainsKey(roots[i])) rootIndex.TryAdd(roots[i], i);

        var named = new HashSet<Expr>();
        var size = new Dictionary<Expr, int>(order.Count);
        var depth = new Dictionary<Expr, int>(order.Count);
        foreach (var node in order)
        {
            int s = 1, d = 1;
            foreach (var child in node.Children)
            {
                bool opaque = named.Contains(child) || rootIndex.ContainsKey(child);
                int childSize = opaque ? 1 : size[child];
                int childDepth = opaque ? 1 : depth[child];
                if (childDepth + 1 > maxInlineDepth)
                {
                    named.Add(child);
                    (childSize, childDepth) = (1, 1);
                }
                s = s > int.MaxValue - childSize ? int.MaxValue : s + childSize;
                d = Math.Max(d, childDepth + 1);
            }
            size[node] = s;
            depth[node] = d;
            if (s >= shareThreshold && uses.GetValueOrDefault(node) >= 2 && !rootIndex.ContainsKey(node)) named.Add(node);
        }
        // Post-order is topological, so filtering it gives dependency order even for nodes named late by a parent.
        return new SharedSubexpressionNamer([.. order.Where(named.Contains)], rootIndex);
    }
}
