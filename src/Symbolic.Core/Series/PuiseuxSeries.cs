using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>
/// An immutable truncated Puiseux series Σ c_k u^{k/n} + O(u^{Order}) in a local variable u → 0⁺, with exact
/// symbolic coefficients c_k (rationals, √2, π, … in canonical form). n is the <see cref="Ramification"/>: exponents
/// lie in (1/n)ℤ, negative exponents (poles) included. Operations on series of different ramification lift both
/// to the lcm first. Follows SymPy's puiseux.py (STYLE.md §3.5).
/// </summary>
/// <remarks>
/// <para><see cref="Order"/> is what is exactly known: every coefficient of a power below it is exact, and no
/// term at or beyond it is ever exposed. Internally coefficients are computed lazily; a truncated series answers
/// for unknown coefficients with placeholder symbols, so orders are tracked sharply — an operation that loses
/// order for each operand separately (√(1−Σ²) and Σ·acos Σ both lose u^{1/2} at Σ → 1) does not lose it for
/// their sum when the lost parts cancel.</para>
/// <para>Polynomial operations (+, −, ·, natural powers) keep exact series exact; inversion, fractional powers
/// and function compositions truncate at an order (by default the operand's).</para>
/// </remarks>
public sealed partial class PuiseuxSeries
{
    internal PuiseuxSeries(CoefficientStream stream, int ramification)
    {
        Stream = stream;
        Ramification = ramification;
    }

    /// <summary>The exact series 0.</summary>
    public static PuiseuxSeries Zero { get; } = new(PolynomialStream.Of(0, []), 1);

    /// <summary>The exact series 1.</summary>
    public static PuiseuxSeries One { get; } = Constant(Number.One);

    /// <summary>The exact series u.</summary>
    public static PuiseuxSeries Variable { get; } = Monomial(Number.One, Rational.One);

    /// <summary>The ramification n: exponents are multiples of 1/n.</summary>
    public int Ramification { get; }

    /// <summary>O(u^Order): every coefficient of a power below it is exact. Null for an exact series (a finite sum
    /// of terms with no truncation).</summary>
    public Rational? Order => Stream.KnownIndex == CoefficientStream.Unbounded ? null : Rational.Of(Stream.KnownIndex, Ramification);

    /// <summary>Whether the series is a finite sum known exactly (no O-term).</summary>
    public bool IsExact => Stream.IsExact;

    /// <summary>The nonzero terms below <see cref="Order"/> (all terms for an exact series), by increasing power.
    /// A coefficient that is not structurally 0 is listed even if it might vanish numerically.</summary>
    public ImmutableArray<SeriesTerm> Terms
    {
        get
        {
            int last = IsExact ? Stream.Degree : Stream.KnownIndex - 1;
            var terms = ImmutableArray.CreateBuilder<SeriesTerm>();
            for (int k = Stream.Valuation; k <= last; k++)
            {
                var c = Stream[k];
                if (!CoefficientAlgebra.IsZero(c)) terms.Add(new SeriesTerm(Rational.Of(k, Ramification), c));
            }
            return terms.ToImmutable();
        }
    }

    /// <summary>The first term below <see cref="Order"/> whose power is not an integer: c·u^ν with ν the leading
    /// non-integer power, the quantity Bietti–Bach's eigenvalue decay is read from (fc-resnet.md §3: c₁ at t = 1,
    /// c₋₁ at t = −1). Null if every known term has an integer power.</summary>
    public SeriesTerm? SingularTerm => Terms.Where(t => !t.Power.IsInteger).Select(t => (SeriesTerm?)t).FirstOrDefault();

    /// <summary>The constant term c₀ (the coefficient of u⁰).</summary>
    public Expr ConstantTerm => Coefficient(Rational.Zero);

    internal CoefficientStream Stream { get; }

    /// <summary>The exact series c.</summary>
    public static PuiseuxSeries Constant(Expr value) => new(PolynomialStream.Of(0, [value]), 1);

    /// <summary>The exact series c·u^p.</summary>
    public static PuiseuxSeries Monomial(Expr coefficient, Rational power)
    {
        int n = (int)power.Denominator;
        return new(PolynomialStream.Of((int)(power * n).Numerator, [coefficient]), n);
    }

    /// <summary>Σ terms + O(u^order); with no order, the exact finite sum. Terms with equal powers are added and
    /// terms at or beyond the order dropped.</summary>
    public static PuiseuxSeries FromTerms(IEnumerable<SeriesTerm> terms, Rational? order = null)
    {
        var list = terms.Where(t => order is null || t.Power < order.Value).ToList();
        int n = 1;
        foreach (var t in list) n = Lcm(n, (int)t.Power.Denominator);
        if (order is Rational o) n = Lcm(n, (int)o.Denominator);
        var byIndex = new SortedDictionary<int, List<Expr>>();
        foreach (var t in list)
        {
            int k = (int)(t.Power * n).Numerator;
            if (!byIndex.TryGetValue(k, out var bucket)) byIndex[k] = bucket = [];
            bucket.Add(t.Coefficient);
        }
        int first = byIndex.Count == 0 ? 0 : byIndex.Keys.First();
        int span = byIndex.Count == 0 ? 0 : byIndex.Keys.Last() - first + 1;
        var coefficients = Enumerable.Repeat<Expr>(Number.Zero, span).ToArray();
        foreach (var (k, bucket) in byIndex) coefficients[k - first] = CoefficientAlgebra.Sum(bucket);
        var exact = PolynomialStream.Of(first, coefficients);
        return order is Rational cut ? new(new CutStream(exact, (int)(cut * n).Numerator), n) : new(exact, n);
    }

    /// <summary>The exact coefficient of u^power (0 for a power not on the lattice (1/n)ℤ).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The power is not below <see cref="Order"/>, so its coefficient is unknown.</exception>
    public Expr Coefficient(Rational power)
    {
        if (Order is Rational order && power >= order)
            throw new ArgumentOutOfRangeException(nameof(power), power, $"Only coefficients below the order u^{order} are known.");
        var scaled = power * Ramification;
        return scaled.IsInteger ? Stream[(int)scaled.Numerator] : Number.Zero;
    }

    /// <summary>The double value of the constant term, with free symbols bound as given (NaN outside the domain).</summary>
    public double ConstantValue(IReadOnlyDictionary<Symbol, double>? bindings = null) =>
        Evaluator.Evaluate(ConstantTerm, bindings ?? new Dictionary<Symbol, double>());

    /// <summary>The first term below <see cref="Order"/> whose coefficient is not 0 (zero-ness decided as described
    /// on <see cref="SeriesContext"/>), or null if there is none (the zero series, or nothing known).</summary>
    public SeriesTerm? LeadingTerm(SeriesContext? context = null)
    {
        try
        {
            return Leading(context ?? new SeriesContext(), "the series") is var (k, c) ? new SeriesTerm(Rational.Of(k, Ramification), c) : null;
        }
        catch (SeriesException e) when (e.Failure == SeriesFailure.Shortfall)
        {
            return null;
        }
    }

    /// <summary>The same series with everything from u^order on dropped: + O(u^order).</summary>
    public PuiseuxSeries Truncate(Rational order) => new(new CutStream(Stream, CapIndex(order, Ramification)), Ramification);

    /// <summary>A readable debug form such as <c>1 + (* -1 …)·u^(1/2) + O(u^3)</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var (power, c) in Terms)
        {
            if (sb.Length > 0) sb.Append(" + ");
            sb.Append(c.ToString());
            if (!power.IsZero) sb.Append("·u^(").Append(power.ToString()).Append(')');
        }
        if (Order is Rational order) sb.Append(sb.Length > 0 ? " + " : "").Append("O(u^(").Append(order.ToString()).Append("))");
        return sb.Length == 0 ? "0" : sb.ToString();
    }

    /// <summary>The first coefficient (index, value) below the known order that is not 0, or null for the exact
    /// zero series. Numerically-zero coefficients are skipped (and noted).</summary>
    /// <exception cref="SeriesException">No nonzero coefficient is known (<see cref="SeriesFailure.Shortfall"/>).</exception>
    internal (int Index, Expr Coefficient)? Leading(SeriesContext context, string what)
    {
        int last = IsExact ? Stream.Degree : Stream.Reach - 1;
        for (int k = Stream.Valuation; k <= last; k++)
        {
            var c = Stream[k];
            if (CoefficientAlgebra.IsZero(c)) continue;
            if (TailSymbols.OccursIn(c)) break;
            if (context.IsZero(c, $"the coefficient of u^({Rational.Of(k, Ramification)}) in {what}") == Truth.True) continue;
            return (k, c);
        }
        if (IsExact) return null;
        throw new SeriesException(SeriesFailure.Shortfall,
            $"No nonzero term of {what} is known; a higher working order is needed.");
    }

    /// <summary>The known order, but scanning no further than <paramref name="limit"/> (which is returned when
    /// everything below it is known): cheaper than <see cref="Order"/> when only a prefix matters.</summary>
    internal Rational? KnownOrderUpTo(Rational limit)
    {
        if (IsExact) return null;
        int cap = Math.Min(Stream.Reach, CapIndex(limit, Ramification));
        for (int k = Stream.Valuation; k < cap; k++)
            if (TailSymbols.OccursIn(Stream[k])) return Rational.Of(k, Ramification);
        return cap == Stream.Reach ? Rational.Of(cap, Ramification) : limit;
    }

    /// <summary>Computes (and memoizes) the coefficients below u^limit, children before parents when called in
    /// post-order, so later demands never recurse deeply.</summary>
    internal void Prime(Rational limit)
    {
        int cap = Math.Min(IsExact ? Stream.Degree + 1 : Stream.Reach, CapIndex(limit, Ramification));
        for (int k = Stream.Valuation; k < cap; k++) _ = Stream[k];
    }

    /// <summary>The same series in the variable u^{1/(n·factor)}.</summary>
    internal PuiseuxSeries Lift(int factor) => factor == 1 ? this : new(new LiftStream(Stream, factor), Ramification * factor);

    /// <summary>⌈order·n⌉: the first index at or beyond the order in units of 1/n.</summary>
    internal static int CapIndex(Rational order, int ramification)
    {
        var scaled = order * ramification;
        var ceiling = -(-scaled).Floor();
        return (int)BigInteger.Clamp(ceiling, int.MinValue / 4, int.MaxValue / 4);
    }

    /// <summary>Least common multiple of two positive ramifications.</summary>
    internal static int Lcm(int a, int b) => a / (int)BigInteger.GreatestCommonDivisor(a, b) * b;
}
