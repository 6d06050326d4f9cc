using System.Collections.Frozen;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>Exact values of the trigonometric functions at rational multiples of π, and of their inverses at the
/// corresponding algebraic numbers (0, ±½, ±√2/2, ±√3/2, ±1, ±√3, ±√3/3).</summary>
internal static class ExactTables
{
    private static readonly Expr s_pi = Constant.Pi;
    private static readonly Expr s_sqrt2Half = Fn.Sqrt(2) / 2;
    private static readonly Expr s_sqrt3Half = Fn.Sqrt(3) / 2;
    private static readonly Expr s_sqrt3 = Fn.Sqrt(3);
    private static readonly Expr s_sqrt3Third = Fn.Sqrt(3) / 3;

    /// <summary>acos on [−1, 1], values in [0, π].</summary>
    public static FrozenDictionary<Expr, Expr> Acos { get; } = Table(
        (1, 0), (-1, s_pi), (0, Pi(1, 2)), (Number.Half, Pi(1, 3)), (-(Expr)Number.Half, Pi(2, 3)),
        (s_sqrt2Half, Pi(1, 4)), (-s_sqrt2Half, Pi(3, 4)), (s_sqrt3Half, Pi(1, 6)), (-s_sqrt3Half, Pi(5, 6)));

    /// <summary>asin on [−1, 1], values in [−π/2, π/2].</summary>
    public static FrozenDictionary<Expr, Expr> Asin { get; } = Table(
        (0, 0), (1, Pi(1, 2)), (-1, Pi(-1, 2)), (Number.Half, Pi(1, 6)), (-(Expr)Number.Half, Pi(-1, 6)),
        (s_sqrt2Half, Pi(1, 4)), (-s_sqrt2Half, Pi(-1, 4)), (s_sqrt3Half, Pi(1, 3)), (-s_sqrt3Half, Pi(-1, 3)));

    /// <summary>atan on ℝ, values in (−π/2, π/2).</summary>
    public static FrozenDictionary<Expr, Expr> Atan { get; } = Table(
        (0, 0), (1, Pi(1, 4)), (-1, Pi(-1, 4)), (s_sqrt3, Pi(1, 3)), (-s_sqrt3, Pi(-1, 3)),
        (s_sqrt3Third, Pi(1, 6)), (-s_sqrt3Third, Pi(-1, 6)));

    /// <summary>sin(rπ) when it is one of 0, ±½, ±√2/2, ±√3/2, ±1 (r with denominator 1, 2, 3, 4 or 6).</summary>
    public static Expr? SinPi(Rational r)
    {
        var m = r - 2 * Rational.Of((r / 2).Floor());   // r mod 2, in [0, 2)
        bool negate = m >= 1;
        if (negate) m -= 1;                              // sin(π + x) = −sin x
        if (m > Rational.Half) m = 1 - m;                // sin(π − x) = sin x
        Expr? value = m == Rational.Zero ? Number.Zero
                    : m == Rational.Of(1, 6) ? Number.Half
                    : m == Rational.Of(1, 4) ? s_sqrt2Half
                    : m == Rational.Of(1, 3) ? s_sqrt3Half
                    : m == Rational.Half ? Number.One
                    : null;
        return negate && value is not null ? -value : value;
    }

    /// <summary>cos(rπ) = sin((r + ½)π), when exact.</summary>
    public static Expr? CosPi(Rational r) => SinPi(r + Rational.Half);

    /// <summary>tan(rπ) = sin(rπ)/cos(rπ), when both are exact and the cosine is not 0.</summary>
    public static Expr? TanPi(Rational r) =>
        SinPi(r) is { } s && CosPi(r) is { } c && !ReferenceEquals(c, Number.Zero) ? s / c : null;

    private static Expr Pi(int numerator, int denominator) => Number.Of(numerator, denominator) * s_pi;

    private static FrozenDictionary<Expr, Expr> Table(params (Expr Argument, Expr Value)[] entries) =>
        entries.ToFrozenDictionary(e => e.Argument, e => e.Value);
}
