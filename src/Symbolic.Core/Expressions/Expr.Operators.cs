using Symbolic.Core.Numbers;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Expressions;

public abstract partial class Expr
{
    /// <summary>thisᵉ in canonical form.</summary>
    public Expr Pow(Expr exponent) => Algebra.Algebra.Pow(this, exponent);

    /// <summary>thisⁿ in canonical form.</summary>
    public Expr Pow(int exponent) => Algebra.Algebra.Pow(this, Number.Of(exponent));

#pragma warning disable CS1591 // operators are self-describing
    public static implicit operator Expr(int value) => Number.Of(value);
    public static implicit operator Expr(Rational value) => Number.Of(value);
    public static Expr operator +(Expr a, Expr b) => Add(a, b);
    public static Expr operator -(Expr a, Expr b) => Subtract(a, b);
    public static Expr operator -(Expr a) => Negate(a);
    public static Expr operator *(Expr a, Expr b) => Multiply(a, b);
    public static Expr operator /(Expr a, Expr b) => Divide(a, b);
#pragma warning restore CS1591
}
