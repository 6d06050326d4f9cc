using System.Runtime.CompilerServices;

namespace Symbolic.Core.Expressions;

/// <summary>
/// Reference equality for interned nodes, hashing with the hash each node caches at construction. Equal results to
/// <see cref="ReferenceEqualityComparer"/> for memo tables and visited sets, but without its object-header hash: the
/// runtime assigns that lazily, on the first request for every fresh node, which costs measurably when a deep DAG's
/// nodes are each looked up a few times.
/// </summary>
public sealed class ExprReferenceComparer : IEqualityComparer<Expr>
{
    /// <summary>The single instance.</summary>
    public static ExprReferenceComparer Instance { get; } = new();

    private ExprReferenceComparer() { }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Equals(Expr? x, Expr? y) => ReferenceEquals(x, y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetHashCode(Expr obj) => obj.GetHashCode();
}
