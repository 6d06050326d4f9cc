using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Exponential and logarithm identities. Unconditional ones hold wherever the left side is defined; those that
/// need a positive operand say so in their name ("[x &gt; 0]") and fire only when the fact is established by
/// structure or by the caller's <see cref="Assumptions"/>.
/// </summary>
public static class ExpLogRules
{
    /// <summary>log(exp x) = x on ℝ.</summary>
    public static readonly Rule LogOfExp = new("log-exp", "log(exp x) = x on ℝ", e =>
        e is Call(FunctionId.Log, [Call(FunctionId.Exp, [var x])]) ? x : null);

    /// <summary>exp(log x) = x for x &gt; 0.</summary>
    public static readonly Rule ExpOfLog = new("exp-log [x > 0]", "exp(log x) = x for x > 0", (e, a) =>
        e is Call(FunctionId.Exp, [Call(FunctionId.Log, [var x])]) && a.IsPositive(x) ? x : null, Assumption.Positive);

    /// <summary>exp(y·log x) = x^y for x &gt; 0 (exp(n·log x) = xⁿ).</summary>
    public static readonly Rule ExpOfScaledLog = new("exp-scaled-log [x > 0]", "exp(y·log x) = x^y for x > 0", (e, a) =>
    {
        if (e is not Call(FunctionId.Exp, [Product p])) return null;
        foreach (var factor in p.Factors)
            if (factor is Call(FunctionId.Log, [var x]) && a.IsPositive(x)) return x.Pow(p / factor);
        return null;
    }, Assumption.Positive);

    /// <summary>(exp a)^y = exp(a·y) on ℝ (eᵃ &gt; 0, so powers combine); exp(a)² = exp(2a).</summary>
    public static readonly Rule PowerOfExp = new("power-exp", "(exp a)^y = exp(a·y) on ℝ", e =>
        e is Power(Call(FunctionId.Exp, [var a]), var y) ? Fn.Exp(a * y) : null);

    /// <summary>exp(a)·exp(b)·r = exp(a + b)·r on ℝ.</summary>
    public static readonly Rule ExpProduct = new("exp-product", "exp(a)·exp(b) = exp(a + b) on ℝ", e =>
    {
        if (e is not Product p || CountExp(p.Factors) < 2) return null;
        var exponents = p.Factors.Where(f => f is Call(FunctionId.Exp, _)).Select(f => ((Call)f).Arguments[0]);
        var rest = p.Factors.Where(f => f is not Call(FunctionId.Exp, _));
        return Multiply([Number.Of(p.Coefficient), .. rest, Fn.Exp(Add([.. exponents]))]);
    });

    /// <summary>log(x^(2k)) = 2k·log|x| for x ≠ 0 and a nonzero integer k.</summary>
    public static readonly Rule LogOfEvenPower = new("log-even-power", "log(x^(2k)) = 2k·log|x| for x ≠ 0", e =>
        e is Call(FunctionId.Log, [Power(var x, Number { Value: var n })]) && Patterns.IsEvenNonzeroInteger(n)
            ? Scale(n, Fn.Log(Fn.Abs(x))) : null);

    /// <summary>log(x^q) = q·log x for a rational q with even denominator (x^q is real only for x ≥ 0): log √x = ½ log x.</summary>
    public static readonly Rule LogOfRootPower = new("log-root-power", "log(x^q) = q·log x, q with even denominator", e =>
        e is Call(FunctionId.Log, [Power(var x, Number { Value: var q })]) && q.Denominator.IsEven ? Scale(q, Fn.Log(x)) : null);

    /// <summary>log(x^y) = y·log x for x &gt; 0.</summary>
    public static readonly Rule LogOfPowerPositive = new("log-power [x > 0]", "log(x^y) = y·log x for x > 0", (e, a) =>
        e is Call(FunctionId.Log, [Power(var x, var y)]) && a.IsPositive(x) ? y * Fn.Log(x) : null, Assumption.Positive);

    /// <summary>log(c·f₁·…·fₙ) = log c + Σ log fᵢ for c &gt; 0 and every fᵢ &gt; 0.</summary>
    public static readonly Rule LogOfProductPositive = new("log-product [factors > 0]", "log(c·Πfᵢ) = log c + Σ log fᵢ for c, fᵢ > 0", (e, a) =>
    {
        if (e is not Call(FunctionId.Log, [Product { Coefficient.Sign: > 0 } p]) || !p.Factors.All(a.IsPositive)) return null;
        var logs = p.Factors.Select(Fn.Log);
        return p.Coefficient.IsOne ? Add([.. logs]) : Add([Fn.Log(Number.Of(p.Coefficient)), .. logs]);
    }, Assumption.Positive);

    /// <summary>log r for a positive rational r ≠ 1: log r = −log(1/r) when r &lt; 1, and log(sᵏ) = k·log s for the
    /// largest k ≥ 2 with r a perfect k-th power (log 8 = 3 log 2, log ¼ = −2 log 2).</summary>
    public static readonly Rule LogOfRational = new("log-rational", "log r = −log(1/r) for r < 1; log(sᵏ) = k·log s", e =>
    {
        if (e is not Call(FunctionId.Log, [Number { Value: { Sign: > 0, IsOne: false } r }])) return null;
        if (r < Rational.One) return Negate(Fn.Log(Number.Of(r.Reciprocal())));
        long bits = (long)Math.Max(r.Numerator.GetBitLength(), r.Denominator.GetBitLength());
        for (int k = (int)Math.Min(bits, 64); k >= 2; k--)
            if (r.TryExactRoot(k, out var s)) return Scale(k, Fn.Log(Number.Of(s)));
        return null;
    });

    /// <summary>The exp/log rules, in the order they are tried.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        LogOfExp, ExpOfLog, ExpOfScaledLog, PowerOfExp, ExpProduct, LogOfEvenPower, LogOfRootPower,
        LogOfPowerPositive, LogOfProductPositive, LogOfRational,
    ];

    // Number of exp(…) factors, without LINQ: the rule is tried on every product of a deep DAG.
    private static int CountExp(ImmutableArray<Expr> factors)
    {
        int count = 0;
        foreach (var f in factors) if (f is Call(FunctionId.Exp, _)) count++;
        return count;
    }
}
