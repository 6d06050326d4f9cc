using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Algebra;

/// <summary>The canonical constructors: every sum, product and power is built here, in canonical form.</summary>
public static partial class Algebra
{
    /// <summary>
    /// Canonical sum: flattens nested sums, folds rationals, merges like terms (2x + 3x → 5x) and orders terms by
    /// <see cref="ExprOrder"/>. Floats fold together, and absorb the rational constant when present.
    /// Never returns an empty or one-term <see cref="Sum"/>.
    /// </summary>
    public static Expr Add(params ReadOnlySpan<Expr> terms)
    {
        var sum = TermCollector.Rent();
        foreach (var term in terms) sum.Add(term);
        return sum.ToExpr();
    }

    /// <summary>a − b, the canonical sum of a and −b (without building −b as a node of its own).</summary>
    public static Expr Subtract(Expr a, Expr b)
    {
        var sum = TermCollector.Rent();
        sum.Add(a);
        sum.AddScaled(Rational.MinusOne, b);
        return sum.ToExpr();
    }

    /// <summary>−a.</summary>
    public static Expr Negate(Expr a) => Multiply(Number.MinusOne, a);

    /// <summary>c·body for a rational c, in canonical form.</summary>
    public static Expr Scale(Rational c, Expr body) => c.IsOne ? body : body.IsExact ? ScaleExact(c, body) : Multiply(Number.Of(c), body);

    /// <summary>Splits e into (rational coefficient, monic rest): 3·x·y → (3, x·y); a number n → (n, 1).</summary>
    public static (Rational Coefficient, Expr Body) SplitCoefficient(Expr e) => e switch
    {
        Number n => (n.Value, Number.One),
        Product p => (p.Coefficient, Monic(p)),
        _ => (Rational.One, e),
    };

    /// <summary>The product with its coefficient dropped (one factor is returned as itself).</summary>
    internal static Expr Monic(Product p) =>
        p.Coefficient.IsOne ? p : p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors);
}
