using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>Small matchers shared by the rule sets.</summary>
internal static class Patterns
{
    /// <summary>
    /// The sign convention of the parity rules: an argument "looks negative" when its rational coefficient is
    /// negative — a negative number, or a product c·… with c &lt; 0 (so −x, −2y, −π/3). Sums are never treated as
    /// negated (x − 1 stays as it is), which keeps the convention idempotent: −(−x) = x has coefficient 1.
    /// </summary>
    public static bool LooksNegative(Expr e) => e switch
    {
        Number n => n.Value.Sign < 0,
        Product p => p.Coefficient.Sign < 0,
        _ => false,
    };

    /// <summary>Whether <paramref name="e"/> is q·π for a rational q (0 counts as 0·π); returns q.</summary>
    public static bool IsPiMultiple(Expr e, out Rational q)
    {
        (q, bool ok) = e switch
        {
            Number { Value.IsZero: true } => (Rational.Zero, true),
            Constant { Id: ConstantId.Pi } => (Rational.One, true),
            Product { Factors: [Constant { Id: ConstantId.Pi }] } p => (p.Coefficient, true),
            _ => (Rational.Zero, false),
        };
        return ok;
    }

    /// <summary>Whether <paramref name="e"/> is the integer <paramref name="n"/> as a rational number node.</summary>
    public static bool IsInteger(Expr e, out Rational n)
    {
        n = e is Number { Value: var v } ? v : Rational.Zero;
        return e is Number { Value.IsInteger: true };
    }

    /// <summary>Whether <paramref name="r"/> is an even integer other than 0.</summary>
    public static bool IsEvenNonzeroInteger(Rational r) => r.IsInteger && !r.IsZero && r.Numerator.IsEven;

    /// <summary>Number of parts of a sum once expanded: its terms, plus the constant when nonzero.</summary>
    public static int PartCount(Sum s) => s.Terms.Length + (s.Constant.IsZero ? 0 : 1);

    /// <summary>The parts of a sum as separate expressions: the constant (when nonzero) and each cᵢ·tᵢ.</summary>
    public static IEnumerable<Expr> Parts(Sum s)
    {
        if (!s.Constant.IsZero) yield return Number.Of(s.Constant);
        foreach (var (c, body) in s.Terms) yield return Algebra.Algebra.Scale(c, body);
    }
}
