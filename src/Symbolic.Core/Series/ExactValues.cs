using System.Collections.Frozen;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Series;

/// <summary>
/// Exact values of the built-in functions at special arguments, which the Core does not fold at construction:
/// acos 1 = 0, acos 0 = π/2, asin(√2/2) = π/4, atan 1 = π/4, sin(π/6) = 1/2, cos π = −1, exp 0 = 1, log 1 = 0,
/// erf 0 = 0, … The series expander folds every constant subexpression and constant term through
/// <see cref="Fold"/>, so that κ₁(1) = (√0 + 1·(π − acos 1))/π is exactly 1 and t = 1 is recognised as a branch point.
/// </summary>
/// <remarks>
/// Tables: asin and acos at 0, ±1/2, ±√2/2, ±√3/2, ±1; atan at 0, ±√3/3, ±1, ±√3; sin, cos, tan at rational
/// multiples of π with denominator 1, 2, 3, 4 or 6; exp(log x) = x and log(exp x) = x; sinh, tanh, erf at 0 and
/// cosh 0 = 1; abs, sign, step, max and min of arguments whose sign is decided (exactly for rationals, otherwise
/// numerically through the context, see <see cref="SeriesContext"/>).
/// </remarks>
public static class ExactValues
{
    private static readonly FrozenDictionary<Expr, Rational> s_asinOverPi = BuildAsin();
    private static readonly FrozenDictionary<Expr, Rational> s_atanOverPi = BuildAtan();
    private static readonly Expr?[] s_sinTwelfths = BuildSines();

    /// <summary>f(arguments) folded to an exact value when one is known, otherwise the plain call.</summary>
    public static Expr Fold(FunctionId function, IReadOnlyList<Expr> arguments, SeriesContext? context = null)
    {
        var x = arguments[0];
        Expr? value = function switch
        {
            FunctionId.Asin => s_asinOverPi.TryGetValue(x, out var a) ? PiTimes(a) : null,
            FunctionId.Acos => s_asinOverPi.TryGetValue(x, out var a) ? PiTimes(Rational.Half - a) : null,
            FunctionId.Atan => s_atanOverPi.TryGetValue(x, out var a) ? PiTimes(a) : null,
            FunctionId.Sin => SinOfPiMultiple(x, Rational.Zero),
            FunctionId.Cos => SinOfPiMultiple(x, Rational.Half),
            FunctionId.Tan => TanOfPiMultiple(x),
            FunctionId.Exp => x is Number { Value.IsZero: true } ? Number.One : x is Call(FunctionId.Log, [var y]) ? y : null,
            FunctionId.Log => x is Number { Value.IsOne: true } ? Number.Zero
                : x is Call(FunctionId.Exp, [var y]) ? y
                : x is Constant { Id: ConstantId.E } ? Number.One : null,
            FunctionId.Sinh or FunctionId.Tanh or FunctionId.Erf => x is Number { Value.IsZero: true } ? Number.Zero : null,
            FunctionId.Cosh => x is Number { Value.IsZero: true } ? Number.One : null,
            FunctionId.Abs => SignOf(x, context) is int s ? (s < 0 ? Negate(x) : x) : null,
            FunctionId.Sign => SignOf(x, context) is int s ? Number.Of(s) : null,
            FunctionId.Heaviside => SignOf(x, context) is int s ? (s > 0 ? Number.One : s < 0 ? Number.Zero : Number.Half) : null,
            FunctionId.Max => SignOf(Subtract(x, arguments[1]), context) is int s ? (s >= 0 ? x : arguments[1]) : null,
            FunctionId.Min => SignOf(Subtract(x, arguments[1]), context) is int s ? (s <= 0 ? x : arguments[1]) : null,
            _ => null,
        };
        return value ?? Fn.Call(function, [.. arguments]);
    }

    private static int? SignOf(Expr e, SeriesContext? context) =>
        e is Number n ? n.Value.Sign : e.IsConstant ? context?.Sign(e) : null;

    private static Expr PiTimes(Rational r) => Multiply(Number.Of(r), Constant.Pi);

    /// <summary>The rational q with x = q·π, if x has that form.</summary>
    private static Rational? PiMultiple(Expr x) => x switch
    {
        Number { Value.IsZero: true } => Rational.Zero,
        Constant { Id: ConstantId.Pi } => Rational.One,
        Product { Coefficient: var q, Factors: [Constant { Id: ConstantId.Pi }] } => q,
        _ => null,
    };

    /// <summary>sin((q + shift)·π) for x = qπ when 12(q + shift) is an integer divisible by 2 or 3.</summary>
    private static Expr? SinOfPiMultiple(Expr x, Rational shift)
    {
        if (PiMultiple(x) is not Rational q) return null;
        var twelfths = (q + shift) * 12;
        if (!twelfths.IsInteger) return null;
        int k = (int)(((twelfths.Numerator % 24) + 24) % 24);
        return s_sinTwelfths[k];
    }

    private static Expr? TanOfPiMultiple(Expr x)
    {
        if (SinOfPiMultiple(x, Rational.Zero) is not { } sin || SinOfPiMultiple(x, Rational.Half) is not { } cos) return null;
        return cos is Number { Value.IsZero: true } ? null : Divide(sin, cos);
    }

    private static FrozenDictionary<Expr, Rational> BuildAsin()
    {
        var half = Number.Half;
        var table = new Dictionary<Expr, Rational>
        {
            [Number.Zero] = Rational.Zero,
            [half] = Rational.Of(1, 6),
            [Multiply(half, Fn.Sqrt(2))] = Rational.Of(1, 4),
            [Multiply(half, Fn.Sqrt(3))] = Rational.Of(1, 3),
            [Number.One] = Rational.Half,
        };
        foreach (var (key, angle) in table.ToList()) table[Negate(key)] = -angle;
        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<Expr, Rational> BuildAtan()
    {
        var table = new Dictionary<Expr, Rational>
        {
            [Number.Zero] = Rational.Zero,
            [Divide(Fn.Sqrt(3), Number.Of(3))] = Rational.Of(1, 6),
            [Number.One] = Rational.Of(1, 4),
            [Fn.Sqrt(3)] = Rational.Of(1, 3),
        };
        foreach (var (key, angle) in table.ToList()) table[Negate(key)] = -angle;
        return table.ToFrozenDictionary();
    }

    /// <summary>sin(kπ/12) for k = 0…23 where it is a simple radical (k a multiple of 2 or 3); null otherwise.</summary>
    private static Expr?[] BuildSines()
    {
        var half = Number.Half;
        Expr?[] firstQuadrant = [Number.Zero, null, half, Multiply(half, Fn.Sqrt(2)), Multiply(half, Fn.Sqrt(3)), null, Number.One];
        var table = new Expr?[24];
        for (int k = 0; k < 24; k++)
        {
            int folded = k % 12 <= 6 ? k % 12 : 12 - k % 12;   // sin(π − x) = sin x
            var v = firstQuadrant[folded];
            table[k] = v is null ? null : k >= 12 ? Negate(v) : v;
        }
        return table;
    }
}
