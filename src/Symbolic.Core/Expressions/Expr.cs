using System.Collections.Immutable;
using System.Text;

namespace Symbolic.Core.Expressions;

/// <summary>
/// A node of the interned expression DAG. Every node is built through a factory that canonicalises and then
/// interns, so structurally equal expressions are the same object: equality is reference equality and the hash
/// is cached. Nodes are immutable and position-free; shared subterms are stored once.
/// </summary>
/// <remarks>
/// The node set is closed: <see cref="Number"/>, <see cref="Float"/>, <see cref="Constant"/>, <see cref="Symbol"/>,
/// <see cref="Call"/>, <see cref="Power"/>, <see cref="Product"/> and <see cref="Sum"/>. Operations (differentiate,
/// substitute, print, compile) live outside the nodes and switch on <see cref="Kind"/>.
/// </remarks>
public abstract partial class Expr
{
    private readonly int _hash;

    private protected Expr(ExprKind kind, int hash, ImmutableArray<Expr> children, SymbolSet leafSymbols = default,
        bool isExact = true, ulong payloadFingerprint = 0)
    {
        Kind = kind;
        _hash = hash;
        Children = children;
        int depth = 0;
        ulong fingerprint = Mix(0x9E3779B97F4A7C15UL ^ (ulong)kind, payloadFingerprint);
        foreach (var child in children)
        {
            fingerprint = Mix(fingerprint, child.Fingerprint);
            depth = Math.Max(depth, child.Depth);
            isExact &= child.IsExact;
        }
        FreeSymbolSet = SymbolSet.UnionOf(leafSymbols, children);
        Depth = depth + 1;
        IsExact = isExact;
        Fingerprint = fingerprint;
    }

    /// <summary>A 64-bit structural hash that, unlike <see cref="GetHashCode"/>, is the same in every process
    /// (no per-process seed). <see cref="ExprOrder"/> uses it to order large subtrees in O(1).</summary>
    public ulong Fingerprint { get; }

    /// <summary>Deterministic 64-bit mixing (splitmix64 finaliser over a ⊕ rotated b).</summary>
    private protected static ulong Mix(ulong a, ulong b)
    {
        ulong z = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Deterministic fingerprint of a string (FNV-1a over UTF-16 code units).</summary>
    private protected static ulong FingerprintOf(string text)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in text) h = (h ^ c) * 0x100000001B3UL;
        return h;
    }

    /// <summary>Deterministic fingerprint of a rational: <see cref="Mix"/> folded over the little-endian
    /// two's-complement bytes of the numerator, then of the denominator. A rebuilt sum or product usually keeps its
    /// coefficients, and folding the ~500 bytes of a 2,000-bit coefficient takes microseconds, so large ones are
    /// remembered in a small direct-mapped cache (entries are replaced whole; a miss only recomputes).</summary>
    private protected static ulong FingerprintOf(Numbers.Rational r)
    {
        if (r.Numerator.GetByteCount() + r.Denominator.GetByteCount() <= 32) return MixBytes(MixBytes(0, r.Numerator), r.Denominator);
        ref var slot = ref s_rationalFingerprints[r.GetHashCode() & (s_rationalFingerprints.Length - 1)];
        if (Volatile.Read(ref slot) is { } cached && cached.Value == r) return cached.Fingerprint;
        var entry = new RationalFingerprint(r, MixBytes(MixBytes(0, r.Numerator), r.Denominator));
        Volatile.Write(ref slot, entry);
        return entry.Fingerprint;

        // The little-endian two's-complement bytes of ToByteArray(), written into a stack or pooled buffer.
        static ulong MixBytes(ulong h, System.Numerics.BigInteger part)
        {
            int count = part.GetByteCount();
            byte[]? rented = count > 256 ? System.Buffers.ArrayPool<byte>.Shared.Rent(count) : null;
            Span<byte> bytes = rented ?? stackalloc byte[256];
            part.TryWriteBytes(bytes, out int written);
            foreach (var b in bytes[..written]) h = Mix(h, b);
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            return h;
        }
    }

    private static readonly RationalFingerprint?[] s_rationalFingerprints = new RationalFingerprint?[1024];

    private sealed record RationalFingerprint(Numbers.Rational Value, ulong Fingerprint);

    /// <summary>The node kind.</summary>
    public ExprKind Kind { get; }

    /// <summary>The child nodes: bodies of a sum, factors of a product, base and exponent, or call arguments.</summary>
    public ImmutableArray<Expr> Children { get; }

    /// <summary>Length of the longest path to a leaf (a leaf has depth 1).</summary>
    public int Depth { get; }

    /// <summary>Whether no <see cref="Float"/> occurs below this node.</summary>
    public bool IsExact { get; }

    /// <summary>Whether no symbol occurs below this node (it is a number, constant, or a function of those).</summary>
    public bool IsConstant => FreeSymbolSet.IsEmpty;

    internal SymbolSet FreeSymbolSet { get; }

    /// <summary>Whether no symbol other than <paramref name="symbol"/> occurs in this expression (true for a constant). O(1).</summary>
    public bool DependsOnlyOn(Symbol symbol) => FreeSymbolSet.Ids is [] || FreeSymbolSet.Ids is [var id] && id == symbol.Id;

    /// <summary>Whether <paramref name="symbol"/> occurs in this expression. O(log s) for s free symbols.</summary>
    public bool DependsOn(Symbol symbol) => FreeSymbolSet.Contains(symbol.Id);

    /// <summary>Reference equality: interning makes it structural equality.</summary>
    public sealed override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <summary>The hash cached at construction.</summary>
    public sealed override int GetHashCode() => _hash;

    /// <summary>A compact prefix form for debugging, e.g. <c>(+ 1 (* -1 (^ t 2)))</c>, cut at 400 characters.
    /// Use the Text project's printers for readable output.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Append(this, sb, 400);
        return sb.ToString();

        static void Append(Expr e, StringBuilder sb, int budget)
        {
            if (sb.Length > budget) { sb.Append('…'); return; }
            switch (e)
            {
                case Number n: sb.Append(n.Value.ToString()); return;
                case Float f: sb.Append(f.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)); return;
                case Constant c: sb.Append(c.Name); return;
                case Symbol s: sb.Append(s.Name); return;
            }
            if (e is Sum sum)
            {
                sb.Append("(+ ").Append(sum.Constant.ToString());
                foreach (var term in sum.Terms)
                {
                    sb.Append(' ');
                    if (!term.Coefficient.IsOne) sb.Append(term.Coefficient.ToString()).Append('·');
                    Append(term.Body, sb, budget);
                    if (sb.Length > budget) break;
                }
                sb.Append(')');
                return;
            }
            sb.Append('(').Append(e switch
            {
                Product p => "* " + p.Coefficient,
                Power => "^",
                Call c => c.Info.Name,
                _ => e.Kind.ToString(),
            });
            foreach (var child in e.Children)
            {
                sb.Append(' ');
                Append(child, sb, budget);
                if (sb.Length > budget) break;
            }
            sb.Append(')');
        }
    }
}
