using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

public sealed partial class PuiseuxSeries
{
    /// <summary>1/a = a₀⁻¹u^{−p}(1 + q)⁻¹ for a = a₀u^p(1 + q), up to u^order (default: this series' order).</summary>
    /// <exception cref="SeriesException">a is the zero series, or no nonzero term of it is known.</exception>
    public PuiseuxSeries Invert(Rational? order = null, SeriesContext? context = null) =>
        Pow(Number.MinusOne, order, context);

    /// <summary>a/b = a·b⁻¹, with b⁻¹ up to u^order (default: the smaller known order of the two).</summary>
    public PuiseuxSeries Divide(PuiseuxSeries divisor, Rational? order = null, SeriesContext? context = null)
    {
        if (divisor.AsConstant() is { } c && !CoefficientAlgebra.IsZero(c)) return Scale(Algebra.Algebra.Pow(c, Number.MinusOne));
        var target = order ?? Min(Order, divisor.Order);
        return Multiply(divisor.Invert(target, context));
    }

    /// <summary>a^α for a rational α: natural α multiplies out exactly; otherwise
    /// a^α = a₀^α·u^{αp}·(1 + q)^α with the binomial series (1 + q)^α = Σ C(α, k) qᵏ, evaluated by the
    /// J.C.P. Miller recurrence k·P_k = Σ_{i=1}^{k} (α·i − (k − i))·q_i·P_{k−i}. Ramification grows to make αp a
    /// multiple of 1/n. Up to u^order (default: this series' order).</summary>
    /// <exception cref="SeriesException">The leading coefficient is negative and α has an even denominator
    /// (no real value), or no nonzero term is known.</exception>
    public PuiseuxSeries Pow(Rational exponent, Rational? order = null, SeriesContext? context = null) =>
        Pow(Number.Of(exponent), order, context);

    /// <summary>a^α for a constant exponent expression α (e.g. a parameter). A symbolic α needs a nonzero constant
    /// term (a^α = a₀^α(1 + q)^α); a rational α is handled as in <see cref="Pow(Rational, Rational?, SeriesContext?)"/>.</summary>
    public PuiseuxSeries Pow(Expr exponent, Rational? order = null, SeriesContext? context = null)
    {
        if (exponent is Number { Value: { IsInteger: true } k } && k.Sign >= 0 && k <= int.MaxValue)
            return Pow((int)k.Numerator);
        context ??= new SeriesContext();
        var rational = exponent is Number number ? number.Value : (Rational?)null;
        var lead = Leading(context, "the base of a power");
        if (lead is not var (k0, a))
        {
            if (rational is Rational r && r.Sign > 0) return Zero;
            throw new SeriesException(SeriesFailure.Domain, "The zero series cannot be raised to a non-positive or symbolic power.");
        }
        if (rational is null && k0 != 0)
            throw new SeriesException(SeriesFailure.Unsupported,
                "A symbolic power of a series that vanishes or is unbounded at the point gives u^(α·p), which is not a Puiseux term.");

        var lead0 = Rational.Of(k0, Ramification) * (rational ?? Rational.Zero);
        int n = Lcm(Ramification, (int)lead0.Denominator);
        int m = n / Ramification;
        int first = (int)(lead0 * n).Numerator;
        var leadingPower = LeadingPower(a, exponent, context);
        if (IsExact && Stream.Degree == k0) return new(PolynomialStream.Of(first, [leadingPower]), n);

        int cap = CapIndex(order ?? Order ?? throw new ArgumentException(
            "An exact series needs an explicit order for a power that is an infinite series.", nameof(order)), n);
        int count = cap > first ? (cap - first + m - 1) / m : 0;
        var p = BinomialSeries(k0, a, exponent, count);
        var values = new Expr[count == 0 ? 0 : (count - 1) * m + 1];
        Array.Fill(values, Number.Zero);
        for (int j = 0; j < count; j++) values[j * m] = CoefficientAlgebra.Multiply(leadingPower, p[j]);
        return new(new CutStream(first, values, cap), n);
    }

    /// <summary>(1 + q)^α for q_i = a_{k0+i}/a₀, the first <paramref name="count"/> coefficients.</summary>
    private Expr[] BinomialSeries(int k0, Expr a, Expr alpha, int count)
    {
        var inverse = CoefficientAlgebra.NormalizeRadicals(Algebra.Algebra.Pow(a, Number.MinusOne));
        var q = new Expr[count];
        for (int i = 1; i < count; i++) q[i] = CoefficientAlgebra.Multiply(Stream[k0 + i], inverse);
        var p = new Expr[count];
        if (count > 0) p[0] = Number.One;
        if (alpha is Number { Value: var half } && half == Rational.Half)
        {
            // P² = 1 + q: 2P_k = q_k − Σ_{i=1}^{k−1} P_i P_{k−i}, each pair counted once by symmetry
            for (int k = 1; k < count; k++)
            {
                var terms = new List<Expr> { q[k] };
                for (int i = 1; 2 * i <= k; i++)
                {
                    if (CoefficientAlgebra.IsZero(p[i]) || CoefficientAlgebra.IsZero(p[k - i])) continue;
                    var product = CoefficientAlgebra.Multiply(p[i], p[k - i]);
                    terms.Add(CoefficientAlgebra.Scale(2 * i == k ? Rational.MinusOne : -2, product));
                }
                p[k] = CoefficientAlgebra.Scale(Rational.Half, CoefficientAlgebra.Sum(terms));
            }
            return p;
        }
        for (int k = 1; k < count; k++)
        {
            var terms = new List<Expr>(k);
            for (int i = 1; i <= k; i++)
            {
                if (CoefficientAlgebra.IsZero(q[i]) || CoefficientAlgebra.IsZero(p[k - i])) continue;
                var weight = alpha is Number r   // α·i − (k − i)
                    ? Number.Of(r.Value * i + (i - k))
                    : Algebra.Algebra.Add(Algebra.Algebra.Scale(i, alpha), Number.Of(i - k));
                terms.Add(CoefficientAlgebra.Multiply(weight, CoefficientAlgebra.Multiply(q[i], p[k - i])));
            }
            p[k] = CoefficientAlgebra.Scale(Rational.Of(1, k), CoefficientAlgebra.Sum(terms));
        }
        return p;
    }

    /// <summary>a₀^α, real: a₀ &gt; 0, or a₀ &lt; 0 with α integer or of odd denominator ((−1)^num·|a₀|^α).</summary>
    private static Expr LeadingPower(Expr a, Expr alpha, SeriesContext context)
    {
        if (alpha is Number { Value.IsInteger: true }) return CoefficientAlgebra.NormalizeRadicals(Algebra.Algebra.Pow(a, alpha));
        int sign = context.SignOrAssume(a, 1, "a leading coefficient under a fractional power");
        if (sign > 0) return CoefficientAlgebra.NormalizeRadicals(PositivePower(a, alpha));
        if (alpha is Number { Value: var r } && r.Denominator.IsEven == false)
        {
            var magnitude = CoefficientAlgebra.NormalizeRadicals(PositivePower(Algebra.Algebra.Negate(a), alpha));
            return r.Numerator.IsEven ? magnitude : Algebra.Algebra.Negate(magnitude);
        }
        throw new SeriesException(SeriesFailure.Domain,
            "A fractional power of a series with a negative leading term is not real.");
    }

    /// <summary>a^α for a &gt; 0. When every factor of a is a power of a positive constant (a positive number, π,
    /// e, exp(…)), (c·Π bᵢ^{eᵢ})^α = c^α·Π bᵢ^{eᵢα} is valid and is applied factor by factor, so that e.g.
    /// (2/π)^{1/2} becomes √2·π^{−1/2} rather than a power of a product.</summary>
    private static Expr PositivePower(Expr a, Expr alpha)
    {
        if (alpha is not Number { Value: var r }) return Algebra.Algebra.Pow(a, alpha);
        var (coefficient, factors) = a switch
        {
            Product p => (p.Coefficient, p.Factors),
            _ => (Rational.One, [a]),
        };
        var parts = new List<Expr> { Algebra.Algebra.Pow(Number.Of(coefficient), alpha) };
        foreach (var f in factors)
        {
            var (b, e) = f is Power(var pb, Number { Value: var pe }) ? (pb, pe) : (f, Rational.One);
            if (!IsPositiveConstant(b)) return Algebra.Algebra.Pow(a, alpha);
            parts.Add(Algebra.Algebra.Pow(b, Number.Of(e * r)));
        }
        return Algebra.Algebra.Multiply([.. parts]);
    }

    private static bool IsPositiveConstant(Expr b) =>
        b is Expressions.Constant or Number { Value.Sign: > 0 } or Call(Functions.FunctionId.Exp, [{ IsConstant: true }]);

    private static Rational? Min(Rational? a, Rational? b) =>
        a is null ? b : b is null ? a : (a.Value < b.Value ? a : b);
}
