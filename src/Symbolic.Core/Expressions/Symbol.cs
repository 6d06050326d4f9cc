using System.Collections.Concurrent;

namespace Symbolic.Core.Expressions;

/// <summary>A variable, identified by name. One node per name; <see cref="Id"/> numbers symbols for free-symbol sets.</summary>
public sealed class Symbol : Expr
{
    private static readonly ConcurrentDictionary<string, Symbol> s_table = new(StringComparer.Ordinal);
    private static int s_nextId;

    private Symbol(string name, int id)
        : base(ExprKind.Symbol, HashCode.Combine(ExprKind.Symbol, name), [], SymbolSet.Single(id),
            payloadFingerprint: FingerprintOf(name))
        => (Name, Id) = (name, id);

    /// <summary>The name, compared ordinally.</summary>
    public string Name { get; }

    /// <summary>A process-local number used only for free-symbol bookkeeping (never for ordering or printing).</summary>
    internal int Id { get; }

    /// <summary>The unique symbol named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public static Symbol Of(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return s_table.GetOrAdd(name, static n => new Symbol(n, Interlocked.Increment(ref s_nextId)));
    }
}
