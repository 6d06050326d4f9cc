using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics;
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
    private static readonly ConcurrentDictionary<(Expr, Expr), Expr> s_monicProducts = new();

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
        SeriesBudget.Check();
        if (IsZero(a) || IsZero(b)) return Number.Zero;
        if (a is Number na) return Scale(na.Value, b);
        if (b is Number nb) return Scale(nb.Value, a);
        if (!a.IsExact || !b.IsExact) return Algebra.Algebra.Multiply(a, b);
        // (c·m)(d·n) = cd·(m·n): memoizing on the monic parts makes c·yⁱ × d·yʲ hit for every c, d.
        var (c, monicA) = Algebra.Algebra.SplitCoefficient(a);
        var (d, monicB) = Algebra.Algebra.SplitCoefficient(b);
        var core = s_products.GetOrAdd((monicA, monicB), static pair =>
        {
            var product = NormalizeRadicals(Algebra.Algebra.Multiply(pair.Item1, pair.Item2));
            return product switch
            {
                Product p => Distribute(p, p.Coefficient, p.Factors),
                Power(Expressions.Sum, _) power => Distribute(power, Rational.One, [power]),
                _ => product,
            };
        });
        return Scale(c * d, core);
    }

    /// <summary>a·b·c.</summary>
    public static Expr Multiply(Expr a, Expr b, Expr c) => Multiply(Multiply(a, b), c);

    /// <summary>c·Π factors with its sum factors (and small natural powers of sums) multiplied out, or
    /// <paramref name="original"/> itself when there are none or the expansion would exceed the limits.</summary>
    private static Expr Distribute(Expr original, Rational coefficient, IReadOnlyList<Expr> factors)
    {
        var sums = new List<Expressions.Sum>();
        var rest = new List<Expr>();
        long pairs = 1;
        foreach (var factor in factors)
        {
            switch (factor)
            {
                case Expressions.Sum s:
                    AddSum(s, 1);
                    break;
                case Power(Expressions.Sum s, Number { Value: { IsInteger: true } k }) when k > 1 && k <= 8:
                    AddSum(s, (int)k.Numerator);
                    break;
                default:
                    rest.Add(factor);
                    break;
            }
        }
        if (sums.Count == 0) return original;
        long limit = s_hasCall.Holds(original) ? TranscendentalLimit : AlgebraicLimit;
        if (pairs > limit) return original;

        var polynomial = new PolynomialAccumulator();
        polynomial.Add(rest.Count == 0 ? Number.One : Algebra.Algebra.Multiply([.. rest]), coefficient);
        foreach (var sum in sums) polynomial = polynomial.Times(sum);
        return polynomial.ToExpr();

        void AddSum(Expressions.Sum s, int copies)
        {
            for (int i = 0; i < copies; i++)
            {
                sums.Add(s);
                pairs = Math.Min(pairs * (s.Terms.Length + (s.Constant.IsZero ? 0 : 1)), long.MaxValue / 1024);
            }
        }
    }

    /// <summary>m·n for monic (coefficient-free) exact m, n, memoized; 1 is the number 1.</summary>
    private static Expr MonicProduct(Expr m, Expr n) =>
        m is Number { Value.IsOne: true } ? n
        : n is Number { Value.IsOne: true } ? m
        : s_monicProducts.GetOrAdd((m, n), static pair => NormalizeRadicals(Algebra.Algebra.Multiply(pair.Item1, pair.Item2)));

    /// <summary>
    /// Merges the numeric radicals of a product into one: Π bᵢ^{eᵢ} = (Π bᵢ^{eᵢD})^{1/D} with D the lcm of the
    /// exponents' denominators, which the canonical power then reduces (2^{1/4}·8^{1/4} = 16^{1/4} = 2,
    /// √6·2^{1/4} = 72^{1/4}). The Core keeps radicals of different radicands apart and writes 2^{3/4} as 8^{1/4},
    /// so without this, equal coefficients reached along different paths would not be the same node.
    /// </summary>
    public static Expr NormalizeRadicals(Expr e)
    {
        if (e is not Product p) return e;
        int count = 0;
        foreach (var f in p.Factors) if (IsNumericRadical(f)) count++;
        if (count < 2) return e;
        BigInteger root = BigInteger.One;
        foreach (var f in p.Factors)
            if (f is Power(_, Number { Value: var x }) && IsNumericRadical(f))
                root = root / BigInteger.GreatestCommonDivisor(root, x.Denominator) * x.Denominator;
        var radicand = Rational.One;
        var others = new List<Expr> { Number.Of(p.Coefficient) };
        foreach (var f in p.Factors)
        {
            if (f is Power(Number { Value: var b }, Number { Value: var x }) && IsNumericRadical(f))
            {
                if (!b.TryPow((x * root).Numerator, out var part)) return e;   // too large to merge exactly
                radicand *= part;
            }
            else others.Add(f);
        }
        others.Add(Algebra.Algebra.Pow(Number.Of(radicand), Number.Of(Rational.Of(BigInteger.One, root))));
        return Algebra.Algebra.Multiply([.. others]);
    }

    private static bool IsNumericRadical(Expr f) =>
        f is Power(Number { Value.Sign: > 0 }, Number { Value.IsInteger: false });

    /// <summary>
    /// Σ cᵢ·mᵢ over monic monomials mᵢ, accumulated in a map and turned into the same canonical node that
    /// <see cref="Algebra.Algebra.Add"/> builds (same collection rules, same order), without its intermediate nodes.
    /// </summary>
    private sealed class PolynomialAccumulator
    {
        private readonly Dictionary<Expr, Rational> _terms = new(ReferenceEqualityComparer.Instance);
        private Rational _constant = Rational.Zero;

        public void Add(Expr e, Rational c)
        {
            if (c.IsZero) return;
            switch (e)
            {
                case Number n:
                    _constant += c * n.Value;
                    break;
                case Expressions.Sum s:
                    _constant += c * s.Constant;
                    foreach (var (d, body) in s.Terms) AddMonic(body, c * d);
                    break;
                case Product p when HasSumFactor(p) && Distribute(p, p.Coefficient, p.Factors) is var distributed
                                    && !ReferenceEquals(distributed, p):
                    Add(distributed, c);   // merging exponents can create sum factors (S^{1/2}·S^{1/2} = S)
                    break;
                case Power(Expressions.Sum, Number { Value: { IsInteger: true } k }) power when k > 1
                                    && Distribute(power, Rational.One, [power]) is var expanded && !ReferenceEquals(expanded, power):
                    Add(expanded, c);
                    break;
                case Product { Coefficient.IsOne: false } p:
                    AddMonic(p.Factors.Length == 1 ? p.Factors[0] : Product.Intern(Rational.One, p.Factors), c * p.Coefficient);
                    break;
                default:
                    AddMonic(e, c);
                    break;
            }
        }

        public PolynomialAccumulator Times(Expressions.Sum s)
        {
            var result = new PolynomialAccumulator();
            foreach (var (monic, c) in Entries())
            {
                if (!s.Constant.IsZero) result.Add(monic, c * s.Constant);
                foreach (var (d, body) in s.Terms) result.Add(MonicProduct(monic, body), c * d);
            }
            return result;
        }

        public Expr ToExpr()
        {
            var kept = _terms.Where(t => !t.Value.IsZero)
                             .Select(t => new Expressions.Sum.Term(t.Value, t.Key))
                             .OrderBy(t => t.Body, ExprOrder.Instance)
                             .ToImmutableArray();
            return (_constant.IsZero, kept.Length) switch
            {
                (_, 0) => Number.Of(_constant),
                (true, 1) => Scale(kept[0].Coefficient, kept[0].Body),
                _ => Expressions.Sum.Intern(_constant, kept),
            };
        }

        private IEnumerable<(Expr Monic, Rational Coefficient)> Entries()
        {
            if (!_constant.IsZero) yield return (Number.One, _constant);
            foreach (var (monic, c) in _terms) if (!c.IsZero) yield return (monic, c);
        }

        private static bool HasSumFactor(Product p) =>
            p.Factors.Any(f => f is Expressions.Sum || f is Power(Expressions.Sum, Number { Value.IsInteger: true } k) && k.Value > 1);

        private void AddMonic(Expr monic, Rational c) =>
            _terms[monic] = _terms.TryGetValue(monic, out var existing) ? existing + c : c;
    }
}
