using System.Collections.Concurrent;
using System.Collections.Immutable;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Expressions;

/// <summary>
/// The sum c + Σ cᵢ·tᵢ. Invariants (established by <see cref="Algebra.Algebra.Add"/>): every cᵢ ≠ 0; no body tᵢ is a
/// <see cref="Number"/>, a <see cref="Sum"/>, or a <see cref="Product"/> with a coefficient other than 1; bodies are
/// distinct (like terms merged) and sorted by <see cref="ExprOrder"/>; never fewer than two parts.
/// </summary>
public sealed class Sum : Expr
{
    private static readonly ConcurrentDictionary<Key, Sum> s_table = new();

    private Sum(Rational constant, EquatableArray<Term> terms)
        : base(ExprKind.Sum, HashCode.Combine(ExprKind.Sum, constant, terms), [.. terms.Items.Select(t => t.Body)],
            payloadFingerprint: terms.Items.Aggregate(FingerprintOf(constant), (h, t) => Mix(h, FingerprintOf(t.Coefficient))))
        => (Constant, Terms) = (constant, terms.Items);

    /// <summary>The rational constant c.</summary>
    public Rational Constant { get; }

    /// <summary>The terms cᵢ·tᵢ, sorted by body.</summary>
    public ImmutableArray<Term> Terms { get; }

    /// <summary>Deconstructs into constant and terms.</summary>
    public void Deconstruct(out Rational constant, out ImmutableArray<Term> terms) => (constant, terms) = (Constant, Terms);

    internal static Sum Intern(Rational constant, ImmutableArray<Term> terms) =>
        s_table.GetOrAdd(new Key(constant, new EquatableArray<Term>(terms)), static k => new Sum(k.Constant, k.Terms));

    /// <summary>One term c·t of a sum.</summary>
    /// <param name="Coefficient">The rational coefficient c ≠ 0.</param>
    /// <param name="Body">The monic body t.</param>
    public readonly record struct Term(Rational Coefficient, Expr Body);

    private readonly record struct Key(Rational Constant, EquatableArray<Term> Terms);
}
