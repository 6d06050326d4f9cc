using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// What is known about an expression wherever it is defined: the signs it may take and an exact upper bound of its
/// magnitude (|e| ≤ Bound). Inferred structurally with exact rational arithmetic (1 − x² ≥ 0 follows from
/// |x| ≤ 1), looking at most <see cref="MaxDepth"/> levels and <see cref="MaxVisits"/> nodes deep (beyond: unknown),
/// so the cost per query is bounded on DAGs of any depth. A constant whose sign structure cannot decide is
/// evaluated in double precision and trusted when |value| &gt; 10⁻⁹.
/// </summary>
internal readonly record struct Facts(SignSet Sign, Rational? Bound)
{
    private const int MaxDepth = 24;
    private const int MaxVisits = 512;
    private const double NumericMargin = 1e-9;
    private static readonly Rational s_piUpper = Rational.Of(22, 7);
    private static readonly Rational s_eUpper = Rational.Of(14, 5);
    private static readonly Rational s_halfPiUpper = Rational.Of(8, 5);
    private static readonly Dictionary<Symbol, double> s_noBindings = [];

    public static Facts Unknown => new(SignSet.Any, null);

    /// <summary>The facts of <paramref name="e"/> under <paramref name="assumptions"/>.</summary>
    /// <remarks>A query's answer depends only on the expression and the assumptions (each query starts from its own
    /// root with a fresh visit budget), so answers are cached per assumptions object: the sign rules ask the same node up
    /// to five questions (positive, negative, zero, …), and deep kernel DAGs repeat the same guard subterms. Each thread
    /// reuses one memo table for the walk itself (cleared per query), since growing a fresh table to
    /// <see cref="MaxVisits"/> entries on every query dominated the simplifier's time on deep kernel DAGs.</remarks>
    public static Facts Of(Expr e, Assumptions assumptions)
    {
        var cache = s_answers.GetValue(assumptions, static _ => new ConcurrentDictionary<Expr, Facts>(ExprReferenceComparer.Instance));
        if (cache.TryGetValue(e, out var known)) return known;
        var inference = Inference.Acquire(assumptions);
        try
        {
            var facts = inference.Infer(e, 0, tail: true);
            cache.TryAdd(e, facts);
            return facts;
        }
        finally
        {
            inference.Release();
        }
    }

    /// <summary>What <see cref="Of"/> computes, by a walk that always visits every child it reaches (no tail cut)
    /// and bypasses the cache: the reference the tail cut must agree with.</summary>
    internal static Facts OfFullWalk(Expr e, Assumptions assumptions)
    {
        var inference = Inference.Acquire(assumptions);
        try
        {
            return inference.Infer(e, 0, tail: false);
        }
        finally
        {
            inference.Release();
        }
    }

    /// <summary>
    /// The facts of x − y, the same as <see cref="Of"/> of the canonical difference node, without building that node
    /// when it is a sum of non-constant terms: the query on such a root visits the root and then infers its terms in
    /// order, which needs only the constant and the sorted terms. (The order rules ask this of max/min operands, whose
    /// differences are otherwise interned for good just to be asked once.)
    /// </summary>
    public static Facts OfDifference(Expr x, Expr y, Assumptions assumptions)
    {
        var difference = Algebra.TermCollector.Rent();
        difference.Add(x);
        difference.AddScaled(Rational.MinusOne, y);
        if (!difference.TryTakeSumParts(out var constant, out var terms, out var other)) return Of(other!, assumptions);
        if (Array.TrueForAll(terms, t => t.Body.IsConstant))   // a constant is evaluated numerically, which needs the node
            return Of(Sum.Intern(constant, System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(terms)), assumptions);
        var inference = Inference.Acquire(assumptions);
        try
        {
            return inference.InferSumRoot(constant, terms);
        }
        finally
        {
            inference.Release();
        }
    }

    private static readonly ConditionalWeakTable<Assumptions, ConcurrentDictionary<Expr, Facts>> s_answers = new();

    [ThreadStatic] private static Inference? t_inference;

    private sealed class Inference(Assumptions given)
    {
        private bool _pooled;

        private readonly QueryMemo _memo = new();
        private readonly List<Rational> _bounds = [];
        private int _visits;
        private Assumptions assumptions = given;

        public bool InUse { get; set; }

        /// <summary>This thread's inference, cleared for a new query; a fresh one when a query is already running.</summary>
        public static Inference Acquire(Assumptions assumptions)
        {
            var inference = t_inference ??= new Inference(assumptions) { _pooled = true };
            if (inference.InUse) return new Inference(assumptions);
            inference._memo.Clear();
            inference._bounds.Clear();
            inference._visits = 0;
            inference.assumptions = assumptions;
            inference.InUse = true;
            return inference;
        }

        /// <summary>Ends the query.</summary>
        public void Release()
        {
            if (_pooled) InUse = false;
        }

        /// <summary>What <see cref="Infer"/> gives for the root of a query that is a sum of non-constant terms with this
        /// constant and these sorted terms (not memoized, not numeric).</summary>
        public Facts InferSumRoot(Rational constant, ReadOnlySpan<Sum.Term> terms)
        {
            ++_visits;
            var facts = OfSum(constant, terms, 1, tail: true);
            return facts.Sign == SignSet.None ? facts with { Sign = SignSet.Any } : facts;
        }

        /// <summary>The facts of <paramref name="e"/> met at <paramref name="depth"/>. <paramref name="tail"/>: nothing is
        /// inferred after this call returns (it is the last step of every enclosing node and of the query), so once the
        /// answer is settled the remaining children may go unvisited — the visit count and memo they would change are
        /// never read again.</summary>
        public Facts Infer(Expr e, int depth, bool tail = false)
        {
            if (_memo.TryGet(e, out var known)) return known;
            if (depth > MaxDepth || ++_visits > MaxVisits) return Unknown;
            var facts = Compute(e, depth + 1, tail);
            if (facts.Sign == SignSet.None) facts = facts with { Sign = SignSet.Any };   // never defined: claim nothing
            if (!IsSingleton(facts.Sign) && e is not Number && e.IsConstant && e.IsExact && e.Depth <= 64)
                facts = Numeric(e, facts);
            _memo.Add(e, facts);
            return facts;
        }

        private Facts Compute(Expr e, int d, bool tail) => e switch
        {
            Number n => n.Value.Sign < 0 ? new(SignSet.Negative, n.Magnitude) : OfRational(n.Value),
            Float f => f.Value == 0 ? new(SignSet.Zero, Rational.Zero) : new(f.Value > 0 ? SignSet.Positive : SignSet.Negative, f.ExactMagnitude),
            Constant c => new(SignSet.Positive, c.Id == ConstantId.Pi ? s_piUpper : s_eUpper),
            Symbol s => OfSymbol(s),
            Sum s => OfSum(s.Constant, s.Terms.AsSpan(), d, tail),
            Product p => OfProduct(p, d, tail),
            Power p => OfPower(p, d, tail),
            Call c => OfCall(c, d, tail),
            _ => Unknown,
        };

        private Facts OfSymbol(Symbol s)
        {
            var sign = assumptions.Positive.Contains(s) ? SignSet.Positive
                     : assumptions.Nonnegative.Contains(s) ? SignSet.Zero | SignSet.Positive : SignSet.Any;
            return new(sign, assumptions.UnitInterval.Contains(s) ? Rational.One : null);
        }

        // c + Σ cᵢtᵢ lies in [c + Σ lowᵢ, c + Σ highᵢ], where a term of known sign contributes 0 on that side. The
        // magnitude |cᵢ|·Boundᵢ is formed only while a side it moves is still bounded (exact rationals can be 2,000 bits).
        // Once both sides are unbounded the answer is (any sign, no bound) whatever the other terms are; in a tail call
        // they are then skipped.
        private Facts OfSum(Rational constant, ReadOnlySpan<Sum.Term> terms, int d, bool tail)
        {
            Rational? lo = constant, hi = constant;
            bool strictPositive = false, strictNegative = false;
            for (int i = 0; i < terms.Length; i++)
            {
                if (tail && lo is null && hi is null) break;
                var (c, body) = terms[i];
                var f = Infer(body, d, tail && i == terms.Length - 1);
                var sign = c.Sign > 0 ? f.Sign : Negate(f.Sign);
                bool lowers = (sign & SignSet.Negative) != 0, raises = (sign & SignSet.Positive) != 0;
                if (!lowers) strictPositive |= sign == SignSet.Positive;
                if (!raises) strictNegative |= sign == SignSet.Negative;
                if (!(lowers && lo is not null || raises && hi is not null)) continue;
                Rational? magnitude = f.Bound is { } b ? c.Abs() * b : null;
                if (lowers) lo = lo is { } l && magnitude is { } m ? l - m : null;
                if (raises) hi = hi is { } h && magnitude is { } m ? h + m : null;
            }
            var result = SignSet.Any;
            if (lo is { } low && (low.Sign > 0 || low.IsZero && strictPositive)) result = SignSet.Positive;
            else if (lo is { } low0 && low0.Sign == 0 && hi is { IsZero: true }) result = SignSet.Zero;
            else if (lo is { } low1 && low1.Sign >= 0) result = SignSet.Zero | SignSet.Positive;
            else if (hi is { } high && (high.Sign < 0 || high.IsZero && strictNegative)) result = SignSet.Negative;
            else if (hi is { } high1 && high1.Sign <= 0) result = SignSet.Negative | SignSet.Zero;
            Rational? bound = lo is { } a && hi is { } z ? Max(a.Abs(), z.Abs()) : null;
            return new(result, bound);
        }

        // |c·Πfᵢ| ≤ |c|·Π Boundᵢ, multiplied out only when every factor is bounded (the factors' bounds wait on a stack).
        private Facts OfProduct(Product p, int d, bool tail)
        {
            var sign = OfRational(p.Coefficient).Sign;
            int start = _bounds.Count;
            bool bounded = true;
            var factors = p.Factors;
            for (int i = 0; i < factors.Length; i++)
            {
                var f = Infer(factors[i], d, tail && i == factors.Length - 1);
                sign = Multiply(sign, f.Sign);
                if (f.Bound is { } b) _bounds.Add(b);
                else bounded = false;
            }
            Rational? bound = null;
            if (bounded)
            {
                var product = p.Coefficient.Abs();
                for (int i = start; i < _bounds.Count; i++) product *= _bounds[i];
                bound = product;
            }
            _bounds.RemoveRange(start, _bounds.Count - start);
            return new(sign, bound);
        }

        private Facts OfPower(Power p, int d, bool tail)
        {
            var b = Infer(p.Base, d, tail);
            bool zero = (b.Sign & SignSet.Zero) != 0, nonzero = (b.Sign & ~SignSet.Zero) != 0;
            if (p.Exponent is not Number { Value: var r })
                return b.Sign == SignSet.Positive ? new(SignSet.Positive, null) : Unknown;
            if (r.IsInteger && !r.Numerator.IsEven)
                return new(r.Sign > 0 ? b.Sign : b.Sign & ~SignSet.Zero, PowerBound(b.Bound, r));
            // Even integer powers are ≥ 0; a non-integer exponent is real only for a base ≥ 0 (Math.Pow gives NaN).
            bool positivePart = r.IsInteger ? nonzero : (b.Sign & SignSet.Positive) != 0;
            var sign = (positivePart ? SignSet.Positive : SignSet.None) | (zero && r.Sign > 0 ? SignSet.Zero : SignSet.None);
            return new(sign, PowerBound(b.Bound, r));
        }

        private static Rational? PowerBound(Rational? bound, Rational r)
        {
            if (bound is not { } b || r.Sign <= 0) return null;
            if (!r.IsInteger) return b <= Rational.One ? Rational.One : b.TryPow(r.Floor() + 1, out var up) ? up : null;
            return b.TryPow(r.Numerator, out var pow) ? pow : null;
        }

        private Facts OfCall(Call c, int d, bool tail)
        {
            Facts Arg(int i) => Infer(c.Arguments[i], d, tail && i == c.Arguments.Length - 1);
            return c.Function switch
            {
                FunctionId.Exp => new(SignSet.Positive, (Arg(0).Sign & SignSet.Positive) == 0 ? Rational.One : null),
                FunctionId.Sin or FunctionId.Cos => new(SignSet.Any, Rational.One),
                FunctionId.Asin or FunctionId.Atan => new(Arg(0).Sign, s_halfPiUpper),
                FunctionId.Acos => new(Arg(0) is var a && ((a.Sign & SignSet.Positive) == 0 || a.Bound < Rational.One)
                    ? SignSet.Positive : SignSet.Zero | SignSet.Positive, s_piUpper),
                FunctionId.Sinh => new(Arg(0).Sign, null),
                FunctionId.Cosh => new(SignSet.Positive, null),
                FunctionId.Tanh or FunctionId.Erf => new(Arg(0).Sign, Rational.One),
                FunctionId.Abs => Arg(0) is var a
                    ? new((a.Sign & SignSet.Zero) | ((a.Sign & ~SignSet.Zero) != 0 ? SignSet.Positive : SignSet.None), a.Bound) : Unknown,
                FunctionId.Sign => new(Arg(0).Sign, Rational.One),
                FunctionId.Heaviside => new(Arg(0).Sign switch
                {
                    var s when (s & SignSet.Negative) == 0 => SignSet.Positive,
                    SignSet.Negative => SignSet.Zero,
                    _ => SignSet.Zero | SignSet.Positive,
                }, Rational.One),
                FunctionId.Max or FunctionId.Min => Extremum(Arg(0), Arg(1), c.Function == FunctionId.Max),
                _ => Unknown,   // log, tan: no structural facts
            };
        }

        private static Facts Extremum(Facts a, Facts b, bool max)
        {
            var result = SignSet.None;
            foreach (var sa in s_members)
            {
                if ((a.Sign & sa) == 0) continue;
                foreach (var sb in s_members)
                    if ((b.Sign & sb) != 0) result |= max ? (SignSet)Math.Max((int)sa, (int)sb) : (SignSet)Math.Min((int)sa, (int)sb);
            }
            Rational? bound = a.Bound is { } x && b.Bound is { } y ? Max(x, y) : null;
            return new(result, bound);
        }

        private static Facts Numeric(Expr e, Facts structural)
        {
            double v = Evaluator.Evaluate(e, s_noBindings);
            if (!double.IsFinite(v) || Math.Abs(v) <= NumericMargin) return structural;
            var bound = structural.Bound ?? Rational.FromDouble(Math.Abs(v) * (1 + 1e-6) + NumericMargin);
            return new(v > 0 ? SignSet.Positive : SignSet.Negative, bound);
        }
    }

    private static Facts OfRational(Rational r) =>
        new(r.Sign > 0 ? SignSet.Positive : r.Sign < 0 ? SignSet.Negative : SignSet.Zero, r.Abs());

    private static bool IsSingleton(SignSet s) => s is SignSet.Negative or SignSet.Zero or SignSet.Positive;

    // The numeric values of Negative < Zero < Positive follow the order of the signs, so Max/Min of flags work.
    private static readonly SignSet[] s_members = [SignSet.Negative, SignSet.Zero, SignSet.Positive];

    private static SignSet Negate(SignSet s) =>
        (s & SignSet.Zero) | ((s & SignSet.Positive) != 0 ? SignSet.Negative : 0) | ((s & SignSet.Negative) != 0 ? SignSet.Positive : 0);

    private static SignSet Multiply(SignSet a, SignSet b)
    {
        bool ap = (a & SignSet.Positive) != 0, an = (a & SignSet.Negative) != 0;
        bool bp = (b & SignSet.Positive) != 0, bn = (b & SignSet.Negative) != 0;
        return ((a | b) & SignSet.Zero)
             | (ap && bp || an && bn ? SignSet.Positive : 0)
             | (ap && bn || an && bp ? SignSet.Negative : 0);
    }

    private static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    /// <summary>
    /// The memo of one query: at most <see cref="MaxVisits"/> nodes, in an open-addressing table twice that size keyed
    /// by the hash each node caches. A new query bumps a generation number instead of clearing the slots.
    /// </summary>
    private sealed class QueryMemo
    {
        private const int Size = 2048;   // a power of two ≥ 2·(MaxVisits + 1)
        private readonly Expr?[] _keys = new Expr?[Size];
        private readonly Facts[] _values = new Facts[Size];
        private readonly int[] _generations = new int[Size];
        private int _generation = 1;

        public void Clear()
        {
            if (++_generation != int.MaxValue) return;
            Array.Clear(_generations);
            _generation = 1;
        }

        public bool TryGet(Expr e, out Facts facts)
        {
            for (int i = e.GetHashCode() & (Size - 1); _generations[i] == _generation; i = (i + 1) & (Size - 1))
            {
                if (!ReferenceEquals(_keys[i], e)) continue;
                facts = _values[i];
                return true;
            }
            facts = default;
            return false;
        }

        public void Add(Expr e, Facts facts)
        {
            int i = e.GetHashCode() & (Size - 1);
            while (_generations[i] == _generation && !ReferenceEquals(_keys[i], e)) i = (i + 1) & (Size - 1);
            (_keys[i], _values[i], _generations[i]) = (e, facts, _generation);
        }
    }
}
