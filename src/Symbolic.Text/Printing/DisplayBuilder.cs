using Symbolic.Core.Algebra;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Text.Printing;

/// <summary>
/// Expr → <see cref="DisplayExpr"/>. Decisions: rational coefficients and negative powers become fractions
/// (x·y⁻² → x/y², b^(−½) → 1/√b); signs move to the front; ^½ is √; sum terms show positive terms first, then by
/// descending degree, then by node kind (higher first), then canonical order, e.g. <c>1 − t²</c> and
/// <c>x² + 2x + 1</c>. Named nodes (see <see cref="SharedSubexpressionNamer"/>) become <see cref="DisplayName"/>s.
/// </summary>
/// <remarks>
/// Recursion follows un-named nodes only, whose nesting the namer bounds, so the call depth is bounded too.
/// Every decision keeps the parse of the printed text equal to the original node (see the round-trip tests):
/// e.g. a zero base keeps its negative exponent (0^(−½) is not 1/√0, which would read back as 1/0).
/// </remarks>
internal sealed class DisplayBuilder(SharedSubexpressionNamer names)
{
    private readonly Dictionary<Expr, Rational> _degrees = [];

    /// <summary>The display of a printed root or definition: the node itself is never replaced by its own name.</summary>
    public DisplayExpr BuildTop(Expr e)
    {
        var (negative, magnitude) = Signed(e);
        return negative ? new DisplayNegation(magnitude) : magnitude;
    }

    private DisplayExpr Build(Expr e) => Reference(e) ?? BuildTop(e);

    private DisplayName? Reference(Expr e) =>
        names.TryGetShared(e, out int shared) ? new DisplayName(false, shared)
        : names.TryGetRoot(e, out int root) ? new DisplayName(true, root)
        : null;

    /// <summary>The display of an un-named node as (sign, magnitude).</summary>
    private (bool Negative, DisplayExpr Magnitude) Signed(Expr e) => e switch
    {
        Number n => NumberDisplay(n.Value),
        Float f => (f.Value < 0, new DisplayFloat(Math.Abs(f.Value))),
        Constant c => (false, new DisplayConstant(c.Id)),
        Symbol s => (false, new DisplaySymbol(s.Name)),
        Sum s => (false, BuildSum(s)),
        Product p => BuildProduct(p.Coefficient, p.Factors),
        Power p => (false, IsReciprocal(p) ? new DisplayFraction(new DisplayInteger(1), PowerMagnitude(p.Base, Negated(p.Exponent))) : PowerMagnitude(p.Base, p.Exponent)),
        Call c => (false, new DisplayCall(c.Function, [.. c.Arguments.Select(Build)])),
        _ => throw new System.Diagnostics.UnreachableException($"DisplayBuilder lacks {e.Kind}."),
    };

    private static (bool, DisplayExpr) NumberDisplay(Rational r)
    {
        DisplayExpr magnitude = new DisplayInteger(System.Numerics.BigInteger.Abs(r.Numerator));
        if (!r.IsInteger) magnitude = new DisplayFraction(magnitude, new DisplayInteger(r.Denominator));
        return (r.Sign < 0, magnitude);
    }

    private DisplaySum BuildSum(Sum s)
    {
        var items = new List<(bool Negative, DisplayExpr Magnitude, Rational Degree, int Kind, int Index)>(s.Terms.Length + 1);
        for (int i = 0; i < s.Terms.Length; i++)
        {
            var (coefficient, body) = s.Terms[i];
            var (negative, magnitude) = Reference(body) is null && body is Product p
                ? BuildProduct(coefficient * p.Coefficient, p.Factors)
                : BuildProduct(coefficient, [body]);
            items.Add((negative, magnitude, Degree(body), (int)body.Kind, i));
        }
        if (!s.Constant.IsZero)
        {
            var (negative, magnitude) = NumberDisplay(s.Constant);
            items.Add((negative, magnitude, Rational.Zero, -1, int.MaxValue));
        }
        items.Sort(static (a, b) =>
            a.Negative != b.Negative ? (a.Negative ? 1 : -1)
            : b.Degree != a.Degree ? b.Degree.CompareTo(a.Degree)
            : b.Kind != a.Kind ? b.Kind.CompareTo(a.Kind)
            : a.Index.CompareTo(b.Index));
        return new DisplaySum([.. items.Select(t => new DisplayTerm(t.Negative, t.Magnitude))]);
    }

    /// <summary>c·Πfᵢ as ±numerator/denominator: |p| and the factors with non-negative exponents above, q and the
    /// reciprocal powers below (for c = p/q).</summary>
    /// <remarks>
    /// One exception keeps text parseable as the same node: when the only reciprocal factor is 1/s for a sum s,
    /// "p/(q*s)" would read back as p/(qs) with q distributed into s (Core's canonical q(a + b) = qa + qb), so the
    /// coefficient stays apart: p/q·(…/s).
    /// </remarks>
    private (bool Negative, DisplayExpr Magnitude) BuildProduct(Rational coefficient, IReadOnlyList<Expr> factors)
    {
        bool negative = coefficient.Sign < 0;
        var numerator = new List<DisplayExpr>();
        var denominator = new List<DisplayExpr>();
        bool reciprocalOfSum = false;
        foreach (var factor in factors)
        {
            if (Reference(factor) is { } reference)
            {
                numerator.Add(reference);
            }
            else if (factor is Power power && IsReciprocal(power))
            {
                denominator.Add(PowerMagnitude(power.Base, Negated(power.Exponent)));
                reciprocalOfSum = power.Base is Sum && ReferenceEquals(power.Exponent, Number.MinusOne);
            }
            else
            {
                var (factorNegative, magnitude) = Signed(factor);
                negative ^= factorNegative;
                numerator.Add(magnitude);
            }
        }
        numerator = [.. numerator.OrderBy(DisplayRank)];   // stable: canonical order within a rank
        var p = System.Numerics.BigInteger.Abs(coefficient.Numerator);
        DisplayExpr? q = coefficient.IsInteger ? null : new DisplayInteger(coefficient.Denominator);
        if (q is not null && reciprocalOfSum && denominator.Count == 1)
        {
            var rational = new DisplayFraction(new DisplayInteger(p), q);
            return (negative, Join([rational, new DisplayFraction(Join(numerator), denominator[0])]));
        }
        if (!p.IsOne) numerator.Insert(0, new DisplayInteger(p));
        if (q is not null) denominator.Insert(0, q);
        var top = Join(numerator);
        return (negative, denominator.Count == 0 ? top : new DisplayFraction(top, Join(denominator)));
    }

    /// <summary>Numerator order: numbers, constants, names and symbols, then calls, roots and powers, then groups
    /// (2πx·√y·(a + b)); canonical order within each rank.</summary>
    private static int DisplayRank(DisplayExpr factor) => factor switch
    {
        DisplayInteger or DisplayFloat => 0,
        DisplayConstant => 1,
        DisplaySymbol or DisplayName => 2,
        DisplayCall or DisplayRoot or DisplayPower => 3,
        _ => 4,
    };

    private static DisplayExpr Join(List<DisplayExpr> factors) => factors.Count switch
    {
        0 => new DisplayInteger(1),
        1 => factors[0],
        _ => new DisplayProduct([.. factors.Select(f => Precedence.Of(f) < Precedence.Product ? new DisplayParenthesis(f) : f)]),
    };

    /// <summary>bᵉ for e ≥ 0 in display: b itself for e = 1, √b for e = ½, else b^e with b parenthesised when it
    /// is not an atom and a positive rational exponent shown as p/q.</summary>
    private DisplayExpr PowerMagnitude(Expr @base, Expr exponent)
    {
        if (ReferenceEquals(exponent, Number.One)) return Build(@base);
        if (ReferenceEquals(exponent, Number.Half)) return new DisplayRoot(Build(@base));
        var b = Build(@base);
        if (Precedence.Of(b) <= Precedence.Power) b = new DisplayParenthesis(b);
        var e = Reference(exponent) is null && exponent is Number { Value: { Sign: > 0, IsInteger: false } r }
            ? new DisplayFraction(new DisplayInteger(r.Numerator), new DisplayInteger(r.Denominator))
            : Build(exponent);
        return new DisplayPower(b, e);
    }

    /// <summary>Whether bᵉ is shown as 1/b^(−e): e is a negative rational or a product with a negative coefficient,
    /// not itself named, and b is neither 0 nor a float: 0^(−½) would read back from 1/√0 as 1/0, and a float power
    /// that Core left unfolded because it overflows (f^(−125)) would read back from 1/f^125 as 1/0.</summary>
    private bool IsReciprocal(Power power) =>
        power.Base is not (Number { Value.IsZero: true } or Float)
        && Reference(power.Exponent) is null
        && power.Exponent is Number { Value.Sign: < 0 } or Product { Coefficient.Sign: < 0 };

    private static Expr Negated(Expr exponent) =>
        exponent is Number n ? Number.Of(-n.Value) : Algebra.Negate(exponent);

    /// <summary>Display degree for ordering sum terms: symbols 1, constants 0, products add, xʳ scales by r, sums take
    /// the maximum, calls and named nodes count 1. Memoized; stops at named nodes, so its recursion is bounded.</summary>
    private Rational Degree(Expr e)
    {
        if (e.IsConstant) return Rational.Zero;
        if (e is Symbol || Reference(e) is not null) return Rational.One;
        if (_degrees.TryGetValue(e, out var known)) return known;
        var degree = e switch
        {
            Product p => p.Factors.Aggregate(Rational.Zero, (sum, f) => sum + Degree(f)),
            Power { Exponent: Number { Value: var r } } p => r * Degree(p.Base),
            Power p => Degree(p.Base),
            Sum s => s.Terms.Select(t => Degree(t.Body)).Max(),
            _ => Rational.One,
        };
        return _degrees[e] = degree;
    }
}
