using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// abs, sign, step, max and min of operands whose sign or order is known — exact numbers, π and e, constants whose
/// sign follows from structure (π − 3 &gt; 0), structurally signed terms (x² ≥ 0, exp x &gt; 0, |x| ≥ 0) and
/// symbols signed by the caller's <see cref="Assumptions"/> — plus the symmetries of abs. Each rule fires only
/// when the needed fact is established, so each is valid wherever its input is defined.
/// </summary>
public static class AbsSignRules
{
    /// <summary>|x| = x when x ≥ 0, |x| = −x when x ≤ 0 (covers |3| = 3, |π| = π, |−e| = e, ||x|| = |x|, |x²| = x²).</summary>
    public static readonly Rule AbsOfKnownSign = new("abs-known-sign", "|x| = x [x ≥ 0]; |x| = −x [x ≤ 0]", (e, a) => e switch
    {
        Call(FunctionId.Abs, [var x]) when a.IsNonnegative(x) => x,
        Call(FunctionId.Abs, [var x]) when a.IsNonpositive(x) => Negate(x),
        _ => null,
    }, Assumption.Nonnegative);

    /// <summary>|c·x| = |c|·|x| for a rational c ≠ 1; in particular |−x| = |x|.</summary>
    public static readonly Rule AbsOfScaled = new("abs-scaled", "|c·x| = |c|·|x| for rational c (|−x| = |x|)", e =>
        e is Call(FunctionId.Abs, [Product { Coefficient.IsOne: false } p]) && SplitCoefficient(p) is var (c, body)
            ? Scale(c.Abs(), Fn.Abs(body)) : null);

    /// <summary>|s| = |−s| for a sum whose first term has a negative coefficient (|1 − x| = |x − 1|).</summary>
    public static readonly Rule AbsOfNegatedSum = new("abs-negated-sum", "|s| = |−s|, normalising the first term's sign", e =>
        e is Call(FunctionId.Abs, [Sum { Terms: [{ Coefficient.Sign: < 0 }, ..] } s]) ? Fn.Abs(Negate(s)) : null);

    /// <summary>sign x = 1 [x &gt; 0], 0 [x = 0], −1 [x &lt; 0].</summary>
    public static readonly Rule SignOfKnownSign = new("sign-known-sign", "sign x = 1 [x > 0], 0 [x = 0], −1 [x < 0]", (e, a) =>
        e is Call(FunctionId.Sign, [var x]) ? KnownSign(x, a, Number.MinusOne, Number.Zero, Number.One) : null, Assumption.Positive);

    /// <summary>H(x) = 1 [x &gt; 0], ½ [x = 0], 0 [x &lt; 0] (the step convention H(0) = ½).</summary>
    public static readonly Rule StepOfKnownSign = new("step-known-sign", "H(x) = 1 [x > 0], ½ [x = 0], 0 [x < 0]", (e, a) =>
        e is Call(FunctionId.Heaviside, [var x]) ? KnownSign(x, a, Number.Zero, Number.Half, Number.One) : null, Assumption.Positive);

    /// <summary>max(a, b) = a [a − b ≥ 0], = b [a − b ≤ 0] (covers numbers, constants and max(x, x) = x).</summary>
    public static readonly Rule MaxOfOrdered = new("max-ordered", "max(a, b) = a [a ≥ b]; = b [a ≤ b]", (e, a) =>
        e is Call(FunctionId.Max, [var x, var y]) ? Ordered(x, y, a, larger: true) : null, Assumption.Nonnegative);

    /// <summary>min(a, b) = a [a − b ≤ 0], = b [a − b ≥ 0].</summary>
    public static readonly Rule MinOfOrdered = new("min-ordered", "min(a, b) = a [a ≤ b]; = b [a ≥ b]", (e, a) =>
        e is Call(FunctionId.Min, [var x, var y]) ? Ordered(x, y, a, larger: false) : null, Assumption.Nonnegative);

    /// <summary>The abs/sign/step/max/min rules, in the order they are tried.</summary>
    public static ImmutableArray<Rule> All { get; } =
        [AbsOfKnownSign, AbsOfScaled, AbsOfNegatedSum, SignOfKnownSign, StepOfKnownSign, MaxOfOrdered, MinOfOrdered];

    private static Expr? KnownSign(Expr x, Assumptions a, Expr negative, Expr zero, Expr positive) =>
        a.IsPositive(x) ? positive : a.IsNegative(x) ? negative : a.IsZero(x) ? zero : null;

    private static Expr? Ordered(Expr x, Expr y, Assumptions a, bool larger)
    {
        var difference = a.SignOfDifference(x, y);   // IsNonnegative(x − y), then IsNonpositive(x − y)
        if ((difference & ~(SignSet.Zero | SignSet.Positive)) == 0) return larger ? x : y;
        if ((difference & ~(SignSet.Zero | SignSet.Negative)) == 0) return larger ? y : x;
        return null;
    }
}
