using System.Collections.Concurrent;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>
/// Arithmetic on series coefficients. Sums and products go through the canonical constructors; in addition,
/// products of sums are distributed, so that coefficients built from numbers, π, radicals and symbols end up as
/// canonical polynomials in which cancellations are structural ((√2/π)(1 − √2/π) + (√2/π)² − √2/π → 0).
/// </summary>
/// <remarks>
/// Distribution is unconditional while both factors are free of function calls (polynomials in a few atoms stay
/// small). Once calls are involved — the nested constants κ₁(κ₁(…(−1))) of deep kernels at t = −1 — a product is
/// only distributed when it yields at most <see cref="TranscendentalLimit"/> terms; otherwise it stays a product,
/// which keeps those constants linear in size instead of doubling at every layer.
/// </remarks>
internal static class CoefficientAlgebra
{
    /// <summary>Largest number of term pairs distributed when a factor contains a function call.</summary>
    public const int TranscendentalLimit = 16;

    /// <summary>Largest number of term pairs distributed at all (a guard against pathological inputs).</summary>
    public const int AlgebraicLimit = 1 << 14;

    private static readonly NodeFlag s_hasCall = new(e => e is Call, e => e.Children.Length == 0);

    // Products of interned nodes never change, so they are memoized for the life of the process.
    private static readonly ConcurrentDictionary<(Expr, Expr), Expr> s_products = new();

    /// <summary>Whether <paramref name="e"/> is structurally the number 0.</summary>
    public static bool IsZero(Expr e) => ReferenceEquals(e, Number.Zero);

    /// <summary>a + b.</summary>
    public static Expr Add(Expr a, Expr b) => IsZero(a) ? b : IsZero(b) ? a : Algebra.Algebra.Add(a, b);

    /// <summary>Σ terms (structural zeros skipped).</summary>
    public static Expr Sum(List<Expr> terms)
    {
        terms.RemoveAll(IsZero);
        return terms.Count switch
        {
            0 => Number.Zero,
            1 => terms[0],
            _ => Algebra.Algebra.Add([.. terms]),
        };
    }

    /// <summary>c·e for a rational c. Exact operands take a direct path that builds the same canonical node as
    /// <see cref="Algebra.Algebra.Multiply"/> would (c·Σ distributes, c·Π rescales).</summary>
    public static Expr Scale(Rational c, Expr e)
    {
        if (c.IsZero || IsZero(e)) return Number.Zero;
        if (c.IsOne) return e;
        if (!e.IsExact) return Algebra.Algebra.Scale(c, e);
        return e switch
        {
            Number n => Number.Of(c * n.Value),
            Expressions.Sum s => Expressions.Sum.Intern(c * s.Constant, [.. s.Terms.Select(t => new Expressions.Sum.Term(c * t.Coefficient, t.Body))]),
            Product p when (c * p.Coefficient).IsOne => p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors),
            Product p => Product.Intern(c * p.Coefficient, p.Factors),
            _ => Product.Intern(c, [e]),
        };
    }

    /// <summary>a·b, with products of sums distributed as described on the class.</summary>
    public static Expr Multiply(Expr a, Expr b)
    {
        if (IsZero(a) || IsZero(b)) return Number.Zero;
        if (a is Number na) return Scale(na.Value, b);
        if (b is Number nb) return Scale(nb.Value, a);
        return s_products.GetOrAdd((a, b), static pair =>
        {
            var product = Algebra.Algebra.Multiply(pair.Item1, pair.Item2);
            return product is Product p ? Distribute(p) : product;
        });
    }

    /// <summary>a·b·c.</summary>
    public static Expr Multiply(Expr a, Expr b, Expr c) => Multiply(Multiply(a, b), c);

    private static Expr Distribute(Product p)
    {
        var sums = new List<Expr[]>();
        var rest = new List<Expr> { Number.Of(p.Coefficient) };
        long pairs = 1;
        foreach (var factor in p.Factors)
        {
            switch (factor)
            {
                case Sum s:
                    AddSum(s, 1);
                    break;
                case Power(Sum s, Number { Value: { IsInteger: true } k }) when k > 1 && k <= 8:
                    AddSum(s, (int)k.Numerator);
                    break;
                default:
                    rest.Add(factor);
                    break;
            }
        }
        if (sums.Count == 0) return p;
        long limit = s_hasCall.Holds(p) ? TranscendentalLimit : AlgebraicLimit;
        if (pairs > limit) return p;

        var terms = new List<Expr> { Algebra.Algebra.Multiply([.. rest]) };
        foreach (var sum in sums)
        {
            var next = new List<Expr>(terms.Count * sum.Length);
            foreach (var t in terms)
                foreach (var s in sum) next.Add(Multiply(t, s));
            terms = next;
        }
        return Algebra.Algebra.Add([.. terms]);

        void AddSum(Sum s, int copies)
        {
            var parts = new List<Expr>(s.Terms.Length + 1);
            if (!s.Constant.IsZero) parts.Add(Number.Of(s.Constant));
            foreach (var (c, body) in s.Terms) parts.Add(Scale(c, body));
            for (int i = 0; i < copies; i++)
            {
                sums.Add([.. parts]);
                pairs = Math.Min(pairs * parts.Count, long.MaxValue / 1024);
            }
        }
    }
}
