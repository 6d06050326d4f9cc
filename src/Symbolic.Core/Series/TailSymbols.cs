using System.Collections.Concurrent;
using System.Globalization;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// Placeholders for the coefficients a truncated series does not know. A series cut at index N answers a request
/// for its coefficient k ≥ N with a fresh symbol τ(owner, k) instead of failing. Arithmetic then carries these
/// unknowns symbolically, and a coefficient is exactly known if and only if no placeholder survives in it after
/// canonical simplification. This is what lets the singular parts of √(1−Σ²) and Σ·acos Σ cancel inside κ₁(Σ)
/// without losing order at every layer.
/// </summary>
/// <remarks>The names contain characters no parser accepts, so placeholders never collide with user symbols, and
/// they never leave the Series namespace: public accessors only expose coefficients below the known order.</remarks>
internal static class TailSymbols
{
    private static readonly ConcurrentDictionary<Symbol, byte> s_tails = new(ReferenceEqualityComparer.Instance);
    private static readonly NodeFlag s_occurs = new(e => e is Symbol s && s_tails.ContainsKey(s), e => e.IsConstant);
    private static long s_nextOwner;

    /// <summary>A new owner id: each cut series owns its own family of unknowns.</summary>
    public static long NewOwner() => Interlocked.Increment(ref s_nextOwner);

    /// <summary>The placeholder for coefficient <paramref name="index"/> of the series <paramref name="owner"/>.</summary>
    public static Symbol Of(long owner, int index)
    {
        var symbol = Symbol.Of(string.Create(CultureInfo.InvariantCulture, $"⟨tail {owner}:{index}⟩"));
        s_tails.TryAdd(symbol, 0);
        return symbol;
    }

    /// <summary>Whether a placeholder occurs in <paramref name="e"/> (memoized per node).</summary>
    public static bool OccursIn(Expr e) => s_occurs.Holds(e);

    /// <summary>Whether more than <paramref name="limit"/> distinct placeholders occur in <paramref name="e"/>
    /// (walks only the subgraph that contains placeholders, and stops at limit + 1).</summary>
    public static bool MoreThan(Expr e, int limit)
    {
        if (!OccursIn(e)) return false;
        var found = new HashSet<Symbol>(ReferenceEqualityComparer.Instance);
        var visited = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Expr>();
        stack.Push(e);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!visited.Add(node) || !OccursIn(node)) continue;
            if (node is Symbol s)
            {
                if (found.Add(s) && found.Count > limit) return true;
                continue;
            }
            foreach (var child in node.Children) stack.Push(child);
        }
        return false;
    }
}
