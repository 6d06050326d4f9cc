using System.Collections;
using System.Collections.Immutable;

namespace Symbolic.Core.Expressions;

/// <summary>
/// An immutable array compared element by element (elements use their own <c>Equals</c>, which for
/// <see cref="Expr"/> is reference equality), with the hash computed once. Intern keys of n-ary nodes use it:
/// <see cref="ImmutableArray{T}"/>'s own equality compares the backing array reference and would defeat interning.
/// </summary>
internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
{
    private readonly int _hash;

    public EquatableArray(ImmutableArray<T> items)
    {
        Items = items;
        var h = new HashCode();
        foreach (var item in items) h.Add(item);
        _hash = h.ToHashCode();
    }

    public ImmutableArray<T> Items { get; }

    public bool Equals(EquatableArray<T> other)
    {
        if (_hash != other._hash || Items.Length != other.Items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < Items.Length; i++)
            if (!comparer.Equals(Items[i], other.Items[i])) return false;
        return true;
    }

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode() => _hash;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
