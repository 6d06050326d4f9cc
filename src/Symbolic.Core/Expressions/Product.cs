using System.Collections.Immutable;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Expressions;

/// <summary>
/// The product c·f₁·…·fₙ. Invariants (established by <see cref="Algebra.Algebra.Multiply"/>): c ≠ 0; no factor is a
/// <see cref="Number"/> or a <see cref="Product"/>; factors have distinct bases (x·x is x²) and are sorted by
/// <see cref="ExprOrder"/>; never a single factor with c = 1; a single <see cref="Sum"/> factor never carries c ≠ 1
/// (rational coefficients are distributed over sums).
/// </summary>
public sealed class Product : Expr
{
    private static readonly InternTable<Product> s_table = new();

    private Product(Rational coefficient, ImmutableArray<Expr> factors, int hash)
        : base(ExprKind.Product, hash, factors, payloadFingerprint: FingerprintOf(coefficient))
        => Coefficient = coefficient;

    /// <summary>The rational coefficient c.</summary>
    public Rational Coefficient { get; }

    /// <summary>The non-numeric factors, sorted.</summary>
    public ImmutableArray<Expr> Factors => Children;

    /// <summary>Deconstructs into coefficient and factors.</summary>
    public void Deconstruct(out Rational coefficient, out ImmutableArray<Expr> factors) => (coefficient, factors) = (Coefficient, Factors);

    internal static Product Intern(Rational coefficient, ImmutableArray<Expr> factors) => s_table.GetOrAdd(new Key(coefficient, factors));

    private readonly struct Key(Rational coefficient, ImmutableArray<Expr> factors) : IInternKey<Product>
    {
        public int Hash => HashCode.Combine(ExprKind.Product, coefficient, ChildList.HashOf(factors));

        public bool Matches(Product node) => ChildList.Same(node.Children, factors) && node.Coefficient == coefficient;

        public Product Create(int hash) => new(coefficient, factors, hash);
    }
}
