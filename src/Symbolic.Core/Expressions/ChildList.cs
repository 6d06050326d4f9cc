using System.Collections.Immutable;

namespace Symbolic.Core.Expressions;

/// <summary>Hashing and comparison of child lists for the intern keys: elements by reference, hashed by the hash each
/// node caches.</summary>
internal static class ChildList
{
    /// <summary>A hash of the nodes in order.</summary>
    public static int HashOf(ImmutableArray<Expr> nodes)
    {
        var h = new HashCode();
        foreach (var node in nodes) h.Add(node.GetHashCode());
        return h.ToHashCode();
    }

    /// <summary>Whether both lists hold the same nodes in the same order.</summary>
    public static bool Same(ImmutableArray<Expr> a, ImmutableArray<Expr> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!ReferenceEquals(a[i], b[i])) return false;
        return true;
    }
}
