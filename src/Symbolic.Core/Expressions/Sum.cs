using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Expressions;

/// <summary>
/// The sum c + Σ cᵢ·tᵢ. Invariants (established by <see cref="Algebra.Algebra.Add"/>): every cᵢ ≠ 0; no body tᵢ is a
/// <see cref="Number"/>, a <see cref="Sum"/>, or a <see cref="Product"/> with a coefficient other than 1; bodies are
/// distinct (like terms merged) and sorted by <see cref="ExprOrder"/>; never fewer than two parts.
/// </summary>
public sealed class Sum : Expr
{
    private static readonly InternTable<Sum> s_table = new();

    private Sum(Rational constant, ImmutableArray<Term> terms, int hash)
        : base(ExprKind.Sum, hash, Bodies(terms), payloadFingerprint: PayloadFingerprint(constant, terms))
        => (Constant, Terms) = (constant, terms);

    /// <summary>The rational constant c.</summary>
    public Rational Constant { get; }

    /// <summary>The terms cᵢ·tᵢ, sorted by body.</summary>
    public ImmutableArray<Term> Terms { get; }

    /// <summary>Deconstructs into constant and terms.</summary>
    public void Deconstruct(out Rational constant, out ImmutableArray<Term> terms) => (constant, terms) = (Constant, Terms);

    internal static Sum Intern(Rational constant, ImmutableArray<Term> terms) => s_table.GetOrAdd(new Key(constant, terms));

    /// <summary>One term c·t of a sum.</summary>
    /// <param name="Coefficient">The rational coefficient c ≠ 0.</param>
    /// <param name="Body">The monic body t.</param>
    public readonly record struct Term(Rational Coefficient, Expr Body);

    private static ImmutableArray<Expr> Bodies(ImmutableArray<Term> terms)
    {
        var bodies = new Expr[terms.Length];
        for (int i = 0; i < bodies.Length; i++) bodies[i] = terms[i].Body;
        return ImmutableCollectionsMarshal.AsImmutableArray(bodies);
    }

    private static ulong PayloadFingerprint(Rational constant, ImmutableArray<Term> terms)
    {
        ulong h = FingerprintOf(constant);
        foreach (var term in terms) h = Mix(h, FingerprintOf(term.Coefficient));
        return h;
    }

    private readonly struct Key(Rational constant, ImmutableArray<Term> terms) : IInternKey<Sum>
    {
        public int Hash
        {
            get
            {
                var h = new HashCode();
                h.Add(ExprKind.Sum);
                h.Add(constant);
                foreach (var term in terms) h.Add(term);
                return h.ToHashCode();
            }
        }

        public bool Matches(Sum node)
        {
            if (node.Terms.Length != terms.Length || node.Constant != constant) return false;
            for (int i = 0; i < terms.Length; i++)
                if (!ReferenceEquals(node.Terms[i].Body, terms[i].Body) || node.Terms[i].Coefficient != terms[i].Coefficient) return false;
            return true;
        }

        public Sum Create(int hash) => new(constant, terms, hash);
    }
}
