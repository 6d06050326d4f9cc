using System.Collections.Immutable;
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
        var constant = Rational.Zero;
        double? floats = null;
        var floatTerms = new List<Sum.Term>();
        var coefficients = new Dictionary<Expr, Rational>();   // reference equality: O(1) per lookup

        foreach (var term in terms)
        {
            switch (term)
            {
                case Number n: constant += n.Value; break;
                case Sum s:
                    constant += s.Constant;
                    foreach (var (c, body) in s.Terms) Collect(body, c);
                    break;
                case Product { Coefficient.IsOne: false } p: Collect(Monic(p), p.Coefficient); break;
                default: Collect(term, Rational.One); break;
            }
        }

        if (floats is double f)
        {
            f += constant.ToDouble();
            if (!double.IsNaN(f))
            {
                constant = Rational.Zero;
                if (f != 0) coefficients[Float.Of(f)] = Rational.One;
            }
            else
            {
                // ∞ − ∞: keep the float terms apart rather than invent a NaN.
                foreach (var term in floatTerms) coefficients[term.Body] = coefficients.GetValueOrDefault(term.Body, Rational.Zero) + term.Coefficient;
            }
        }

        var kept = coefficients.Where(p => !p.Value.IsZero)
                               .Select(p => new Sum.Term(p.Value, p.Key))
                               .OrderBy(t => t.Body, ExprOrder.Instance)
                               .ToImmutableArray();

        return (constant.IsZero, kept.Length) switch
        {
            (_, 0) => Number.Of(constant),
            (true, 1) => Scale(kept[0].Coefficient, kept[0].Body),
            _ => Sum.Intern(constant, kept),
        };

        void Collect(Expr body, Rational c)
        {
            if (body is Float fl)
            {
                floats = (floats ?? 0) + c.ToDouble() * fl.Value;
                floatTerms.Add(new Sum.Term(c, fl));
            }
            else coefficients[body] = coefficients.GetValueOrDefault(body, Rational.Zero) + c;
        }
    }

    /// <summary>a − b.</summary>
    public static Expr Subtract(Expr a, Expr b) => Add(a, Negate(b));

    /// <summary>−a.</summary>
    public static Expr Negate(Expr a) => Multiply(Number.MinusOne, a);

    /// <summary>c·body for a rational c, in canonical form.</summary>
    public static Expr Scale(Rational c, Expr body) => c.IsOne ? body : Multiply(Number.Of(c), body);

    /// <summary>Splits e into (rational coefficient, monic rest): 3·x·y → (3, x·y); a number n → (n, 1).</summary>
    public static (Rational Coefficient, Expr Body) SplitCoefficient(Expr e) => e switch
    {
        Number n => (n.Value, Number.One),
        Product p => (p.Coefficient, Monic(p)),
        _ => (Rational.One, e),
    };

    /// <summary>The product with its coefficient dropped (one factor is returned as itself).</summary>
    private static Expr Monic(Product p) =>
        p.Coefficient.IsOne ? p : p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors);
}
