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

    /// <summary>Sorted union; returns an operand unchanged when it already contains the other.</summary>
    public SymbolSet Union(SymbolSet other)
    {
        var a = Ids;
        var b = other.Ids;
        if (b.Length == 0) return this;
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
