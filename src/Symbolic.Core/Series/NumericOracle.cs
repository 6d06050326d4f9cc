using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// Double evaluation of a coefficient together with an estimate of its rounding error, used to decide zero-ness and
/// signs that canonical form cannot decide. The estimate follows the CESTAC method of stochastic arithmetic
/// (Vignes): the expression is evaluated once exactly as written and <see cref="Runs"/> more times with the result
/// of every node other than a rational number multiplied by 1 + 4εδ, δ ∈ [−1, 1] pseudo-random (deterministic) per node and run; the error
/// bound is the largest deviation of a perturbed run. Because a shared node carries one perturbation per run,
/// correlated errors are propagated as they really are (κ₁(x) = (√(1−x²) + x(π − acos x))/π has slope κ₀ ≤ 1 even
/// though both of its pieces are steep near x = 1), unlike interval bounds, which grow geometrically through deep
/// kernel recursions. A value is "numerically zero" when |value| ≤ <see cref="Safety"/> × bound.
/// </summary>
/// <remarks>
/// Free symbols (parameters such as α) are bound to two deterministic pseudo-random sample values in [0.3, 1.2)
/// derived from the symbol's name; a coefficient is numerically zero only if it is so at both samples. A perturbed
/// run that leaves the domain (NaN where the exact run is finite) makes the value undecidable.
/// </remarks>
internal sealed class NumericOracle
{
    /// <summary>Multiple of the estimated error within which a value counts as zero.</summary>
    public const double Safety = 16;

    /// <summary>Number of perturbed evaluations.</summary>
    public const int Runs = 3;

    private const double Perturbation = 4 * 2.220446049250313e-16;

    private readonly Dictionary<Expr, double[]>[] _memo =
        [new(ReferenceEqualityComparer.Instance), new(ReferenceEqualityComparer.Instance)];

    private ulong _state = 0x9E3779B97F4A7C15UL;

    /// <summary>A value and its error estimate (NaN when the value or a perturbed run is not finite).</summary>
    public readonly record struct Estimate(double Value, double Bound)
    {
        public bool IsFinite => double.IsFinite(Value) && double.IsFinite(Bound);

        public bool IsNearZero => IsFinite && Math.Abs(Value) <= Safety * Bound + 1e-300;
    }

    /// <summary>Whether <paramref name="e"/> is 0: True within the estimate at every sample, False if some sample
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
        var runs = Values(e, sample);
        double deviation = 0;
        for (int r = 1; r <= Runs; r++) deviation = Math.Max(deviation, Math.Abs(runs[r] - runs[0]));
        return double.IsFinite(runs[0]) && double.IsFinite(deviation) ? new(runs[0], deviation) : new(double.NaN, double.NaN);
    }

    /// <summary>The sample value of a free symbol: FNV-1a of its name mapped into [0.3, 1.2).</summary>
    public static double SampleValue(Symbol symbol, int sample)
    {
        ulong hash = 14695981039346656037UL ^ (ulong)(sample + 1) * 0x9E3779B97F4A7C15UL;
        foreach (char c in symbol.Name) hash = (hash ^ c) * 1099511628211UL;
        return 0.3 + 0.9 * ((hash >> 11) / (double)(1UL << 53));
    }

    private static int SampleCount(Expr e) => e.IsConstant ? 1 : 2;

    private double[] Values(Expr e, int sample)
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
            var values = new double[Runs + 1];
            for (int r = 0; r <= Runs; r++)
            {
                double v = Local(node, memo, sample, r);
                // exact rationals stay unperturbed: an exponent 2 must stay 2 (Math.Pow of a negative base)
                values[r] = r == 0 || node is Number ? v : v * (1 + Perturbation * NextDelta());
            }
            memo[node] = values;
        }
        return memo[e];
    }

    private static double Local(Expr node, Dictionary<Expr, double[]> memo, int sample, int run)
    {
        switch (node)
        {
            case Number n: return n.Value.ToDouble();
            case Float f: return f.Value;
            case Constant c: return c.Value;
            case Symbol s: return SampleValue(s, sample);
            case Sum s:
            {
                double total = s.Constant.ToDouble();
                foreach (var (c, body) in s.Terms) total += c.ToDouble() * memo[body][run];
                return total;
            }
            case Product p:
            {
                double total = p.Coefficient.ToDouble();
                foreach (var f in p.Factors) total *= memo[f][run];
                return total;
            }
            case Power p:
                return Evaluator.PowerOf(memo[p.Base][run], memo[p.Exponent][run], p.Exponent);
            case Call c when c.Arguments.Length == 1:
                return c.Info.Evaluate([memo[c.Arguments[0]][run]]);
            case Call c:
                return c.Info.Evaluate([memo[c.Arguments[0]][run], memo[c.Arguments[1]][run]]);
            default:
                throw new System.Diagnostics.UnreachableException($"NumericOracle lacks {node.Kind}.");
        }
    }

    /// <summary>xorshift64*: a deterministic stream of δ ∈ [−1, 1).</summary>
    private double NextDelta()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        ulong bits = _state * 2685821657736338717UL;
        return (bits >> 11) / (double)(1UL << 52) - 1;
    }
}
