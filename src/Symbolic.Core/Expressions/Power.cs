namespace Symbolic.Core.Expressions;

/// <summary>The power bᵉ. Built only through <see cref="Algebra.Algebra.Pow"/>, which canonicalises first; √x is x^½.</summary>
public sealed class Power : Expr
{
    private static readonly InternTable<Power> s_table = new();

    private Power(Expr @base, Expr exponent, int hash)
        : base(ExprKind.Power, hash, [@base, exponent])
        => (Base, Exponent) = (@base, exponent);

    /// <summary>The base b.</summary>
    public Expr Base { get; }

    /// <summary>The exponent e.</summary>
    public Expr Exponent { get; }

    /// <summary>Deconstructs into base and exponent.</summary>
    public void Deconstruct(out Expr @base, out Expr exponent) => (@base, exponent) = (Base, Exponent);

    /// <summary>Returns the unique node for (base, exponent); children are compared by reference. No canonicalisation.</summary>
    internal static Power Intern(Expr @base, Expr exponent) => s_table.GetOrAdd(new Key(@base, exponent));

    private readonly struct Key(Expr @base, Expr exponent) : IInternKey<Power>
    {
        public int Hash => HashCode.Combine(ExprKind.Power, @base, exponent);

        public bool Matches(Power node) => ReferenceEquals(node.Base, @base) && ReferenceEquals(node.Exponent, exponent);

        public Power Create(int hash) => new(@base, exponent, hash);
    }
}
