using System.Collections.Immutable;

namespace Symbolic.Core.Expressions;

/// <summary>An immutable sorted set of symbol ids: the free symbols of a node, cached at construction.</summary>
internal readonly struct SymbolSet
{
    private static readonly int[] s_empty = [];
    private readonly int[]? _ids;

    private SymbolSet(int[] ids) => _ids = ids;

    public static SymbolSet Empty => new(s_empty);

    public static SymbolSet Single(int id) => new([id]);

    public bool IsEmpty => _ids is null || _ids.Length == 0;

    public ReadOnlySpan<int> Ids => _ids ?? s_empty;

    public bool Contains(int id) => Ids.BinarySearch(id) >= 0;

    /// <summary>The union of the free symbols of <paramref name="children"/> and <paramref name="leaf"/>, in
    /// O(N log N) for N ids in all (pairwise unions would be quadratic for a sum of many distinct symbols).</summary>
    public static SymbolSet UnionOf(SymbolSet leaf, ImmutableArray<Expr> children)
    {
        if (children.Length <= 4)
        {
            var set = leaf.IsEmpty ? Empty : leaf;
            foreach (var child in children) set = set.Union(child.FreeSymbolSet);
            return set;
        }
        // Most often every child has no symbol or the very same set (a kernel in t alone): no list to build.
        SymbolSet? single = null;
        bool distinct = false;
        foreach (var child in children)
        {
            var ids = child.FreeSymbolSet;
            if (ids.IsEmpty) continue;
            if (single is null) single = ids;
            else if (!ReferenceEquals(single.Value._ids, ids._ids)) distinct = true;
        }
        if (leaf.IsEmpty && !distinct) return single ?? Empty;
        var all = new List<int>(leaf.Ids.ToArray());
        foreach (var child in children) foreach (var id in child.FreeSymbolSet.Ids) all.Add(id);
        all.Sort();
        int n = 0;
        for (int i = 0; i < all.Count; i++)
            if (n == 0 || all[i] != all[n - 1]) all[n++] = all[i];
        return new SymbolSet([.. all.Take(n)]);
    }

    /// <summary>Sorted union; returns an operand unchanged when it already contains the other.</summary>
    public SymbolSet Union(SymbolSet other)
    {
        var a = Ids;
        var b = other.Ids;
        if (b.Length == 0 || ReferenceEquals(_ids, other._ids)) return this;
        if (a.Length == 0) return other;
        var merged = new List<int>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j])) merged.Add(a[i++]);
            else if (i >= a.Length || b[j] < a[i]) merged.Add(b[j++]);
            else { merged.Add(a[i++]); j++; }
        }
        if (merged.Count == a.Length) return this;
        if (merged.Count == b.Length) return other;
        return new SymbolSet([.. merged]);
    }
}
