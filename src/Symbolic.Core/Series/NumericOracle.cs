using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// Double evaluation of a coefficient together with a first-order bound on its rounding error, used to decide
/// zero-ness and signs that canonical form cannot decide. Each node's bound is propagated from its children:
/// sums add the children's bounds plus n·ε·Σ|terms|; products use the product rule; powers and calls take the
/// largest change of the function over the corners of the argument boxes (which also covers √ and acos near
/// their branch points). A value is "numerically zero" when |value| ≤ <see cref="Safety"/> × bound.
/// </summary>
/// <remarks>
/// Free symbols (parameters such as α) are bound to two deterministic pseudo-random sample values in
/// [0.3, 1.2) derived from the symbol's name; a coefficient is numerically zero only if it is so at both samples.
/// </remarks>
internal sealed class NumericOracle
{
    /// <summary>Multiple of the propagated error bound within which a value counts as zero.</summary>
    public const double Safety = 16;

    private const double Epsilon = 2.220446049250313e-16;

    private readonly Dictionary<Expr, Estimate>[] _memo =
        [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];

    /// <summary>A value and its error bound (NaN when the value is not finite).</summary>
    public readonly record struct Estimate(double Value, double Bound)
    {
        public bool IsFinite => double.IsFinite(Value) && double.IsFinite(Bound);

        public bool IsNearZero => IsFinite && Math.Abs(Value) <= Safety * Bound + 1e-300;
    }

    /// <summary>Whether <paramref name="e"/> is 0: True within the bound at every sample, False if some sample
    /// is clearly away from 0, Unknown if a sample is not finite.</summary>
    public Truth IsZero(Expr e)
    {
        bool unknown = false;
        for (int sample = 0; sample < SampleCount(e); sample++)
        {
            var estimate = Evaluate(e, sample);
            if (!estimate.IsFinite) unknown = true;
            else if (!estimate.IsNearZero) return Truth.False;
        }
        return unknown ? Truth.Unknown : Truth.True;
    }

    /// <summary>The sign of <paramref name="e"/> if every sample agrees on it, otherwise null.</summary>
    public int? Sign(Expr e)
    {
        int? sign = null;
        for (int sample = 0; sample < SampleCount(e); sample++)
        {
            var estimate = Evaluate(e, sample);
            if (!estimate.IsFinite) return null;
            int s = estimate.IsNearZero ? 0 : Math.Sign(estimate.Value);
            if (sign is int previous && previous != s) return null;
            sign = s;
        }
        return sign;
    }

    /// <summary>The estimate of <paramref name="e"/> at sample 0 or 1.</summary>
    public Estimate Evaluate(Expr e, int sample)
    {
        var memo = _memo[sample];
        if (memo.TryGetValue(e, out var known)) return known;
        var stack = new Stack<(Expr Node, bool ChildrenDone)>();
        stack.Push((e, false));
        while (stack.Count > 0)
        {
            var (node, childrenDone) = stack.Pop();
            if (memo.ContainsKey(node)) continue;
            if (!childrenDone && node.Children.Length > 0)
            {
                stack.Push((node, true));
                foreach (var child in node.Children)
                    if (!memo.ContainsKey(child)) stack.Push((child, false));
                continue;
            }
            var estimate = Local(node, memo, sample);
            memo[node] = estimate.IsFinite ? estimate : new Estimate(double.NaN, double.NaN);
        }
        return memo[e];
    }

    /// <summary>The sample value of a free symbol: FNV-1a of its name mapped into [0.3, 1.2).</summary>
    public static double SampleValue(Symbol symbol, int sample)
    {
        ulong hash = 14695981039346656037UL ^ (ulong)(sample + 1) * 0x9E3779B97F4A7C15UL;
        foreach (char c in symbol.Name) hash = (hash ^ c) * 1099511628211UL;
        return 0.3 + 0.9 * ((hash >> 11) / (double)(1UL << 53));
    }

    private static int SampleCount(Expr e) => e.IsConstant ? 1 : 2;

    private static Estimate Local(Expr node, Dictionary<Expr, Estimate> memo, int sample)
    {
        switch (node)
        {
            case Number n: return Exact(n.Value.ToDouble());
            case Float f: return Exact(f.Value);
            case Constant c: return Exact(c.Value);
            case Symbol s: return Exact(SampleValue(s, sample));
            case Sum s:
            {
                double value = s.Constant.ToDouble(), magnitude = Math.Abs(value), bound = 0;
                foreach (var (c, body) in s.Terms)
                {
                    var child = memo[body];
                    double coefficient = c.ToDouble(), term = coefficient * child.Value;
                    value += term;
                    magnitude += Math.Abs(term);
                    bound += Math.Abs(coefficient) * child.Bound;
                }
                return new(value, bound + (s.Terms.Length + 1) * Epsilon * magnitude);
            }
            case Product p:
            {
                var factors = p.Factors.Select(f => memo[f]).ToArray();
                double coefficient = p.Coefficient.ToDouble(), value = coefficient, bound = 0;
                foreach (var f in factors) value *= f.Value;
                for (int i = 0; i < factors.Length; i++)
                {
                    double others = Math.Abs(coefficient) * factors[i].Bound;
                    for (int j = 0; j < factors.Length; j++) if (j != i) others *= Math.Abs(factors[j].Value);
                    bound += others;
                }
                return new(value, bound + (factors.Length + 1) * Epsilon * Math.Abs(value));
            }
            case Power p:
            {
                var (b, x) = (memo[p.Base], memo[p.Exponent]);
                return Corners(b, x, (u, v) => Evaluator.PowerOf(u, v, p.Exponent));
            }
            case Call c when c.Arguments.Length == 1:
                return Corners(memo[c.Arguments[0]], Exact(0), (u, _) => c.Info.Evaluate([u]));
            case Call c:
                return Corners(memo[c.Arguments[0]], memo[c.Arguments[1]], (u, v) => c.Info.Evaluate([u, v]));
            default:
                throw new System.Diagnostics.UnreachableException($"NumericOracle lacks {node.Kind}.");
        }
    }

    private static Estimate Exact(double value) => new(value, Epsilon * Math.Abs(value));

    private static Estimate Corners(Estimate a, Estimate b, Func<double, double, double> f)
    {
        double value = f(a.Value, b.Value);
        if (!double.IsFinite(value)) return new(double.NaN, double.NaN);
        double bound = 0;
        foreach (int da in (int[])[-1, 1])
            foreach (int db in (int[])[-1, 1])
            {
                double corner = f(a.Value + da * a.Bound, b.Value + db * b.Bound);
                if (double.IsFinite(corner)) bound = Math.Max(bound, Math.Abs(corner - value));
            }
        return new(value, bound + 4 * Epsilon * Math.Abs(value));
    }
}
