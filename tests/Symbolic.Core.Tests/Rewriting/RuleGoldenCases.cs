using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Rewriting;
using static Symbolic.Core.Functions.Fn;

namespace Symbolic.Core.Tests.Rewriting;

/// <summary>One golden rewrite: the rule applied to <paramref name="Input"/> under <paramref name="Assumptions"/>
/// returns exactly <paramref name="Expected"/> (the same interned node), or no match when Expected is null.</summary>
internal sealed record GoldenCase(Expr Input, Expr? Expected, Assumptions? Assumptions = null);

/// <summary>Golden cases for every rule of every rule set, keyed by rule name; each rule has at least one case
/// that fires and most have one that must not.</summary>
internal static class RuleGoldenCases
{
    private static readonly Symbol x = Symbol.Of("x"), y = Symbol.Of("y"), t = Symbol.Of("t");
    private static readonly Expr pi = Constant.Pi, e = Constant.E;
    private static readonly Assumptions XNonnegative = Assumptions.None.AssumeNonnegative(x);
    private static readonly Assumptions XPositive = Assumptions.None.AssumePositive(x);
    private static readonly Assumptions YNonnegative = Assumptions.None.AssumeNonnegative(y);
    private static readonly Assumptions TUnit = Assumptions.None.AssumeInUnitInterval(t);

    private static Expr Q(int n, int d) => Number.Of(n, d);
    private static GoldenCase G(Expr input, Expr? expected, Assumptions? a = null) => new(input, expected, a);

    public static IReadOnlyDictionary<string, GoldenCase[]> Cases { get; } = new Dictionary<string, GoldenCase[]>
    {
        ["acos-exact"] = [G(Acos(1), 0), G(Acos(-1), pi), G(Acos(0), pi / 2), G(Acos(Number.Half), pi / 3),
            G(Acos(-Q(1, 2)), 2 * pi / 3), G(Acos(Sqrt(2) / 2), pi / 4), G(Acos(-Sqrt(3) / 2), 5 * pi / 6), G(Acos(Q(1, 3)), null)],
        ["asin-exact"] = [G(Asin(0), 0), G(Asin(1), pi / 2), G(Asin(-Q(1, 2)), -pi / 6), G(Asin(Sqrt(3) / 2), pi / 3), G(Asin(Q(1, 3)), null)],
        ["atan-exact"] = [G(Atan(0), 0), G(Atan(1), pi / 4), G(Atan(-1), -pi / 4), G(Atan(Sqrt(3)), pi / 3), G(Atan(Sqrt(3) / 3), pi / 6), G(Atan(2), null)],
        ["sin-exact"] = [G(Sin(0), 0), G(Sin(pi), 0), G(Sin(pi / 6), Number.Half), G(Sin(pi / 4), Sqrt(2) / 2), G(Sin(pi / 3), Sqrt(3) / 2),
            G(Sin(pi / 2), 1), G(Sin(7 * pi / 6), -Q(1, 2)), G(Sin(-pi / 3), -Sqrt(3) / 2), G(Sin(5 * pi / 2), 1), G(Sin(pi / 5), null), G(Sin(1), null)],
        ["cos-exact"] = [G(Cos(0), 1), G(Cos(pi), -1), G(Cos(pi / 3), Number.Half), G(Cos(2 * pi / 3), -Q(1, 2)), G(Cos(pi / 2), 0),
            G(Cos(pi / 6), Sqrt(3) / 2), G(Cos(-3 * pi / 4), -Sqrt(2) / 2), G(Cos(pi / 5), null)],
        ["tan-exact"] = [G(Tan(0), 0), G(Tan(pi / 4), 1), G(Tan(pi / 3), Sqrt(3)), G(Tan(pi / 6), Sqrt(3) / 3), G(Tan(3 * pi / 4), -1),
            G(Tan(pi / 2), null), G(Tan(3 * pi / 2), null)],
        ["exp-zero"] = [G(Exp(0), 1), G(Exp(1), null)],
        ["log-one"] = [G(Log(1), 0), G(Log(2), null)],
        ["log-e"] = [G(Log(e), 1), G(Log(pi), null)],
        ["erf-zero"] = [G(Erf(0), 0), G(Erf(1), null)],
        ["hyperbolic-zero"] = [G(Sinh(0), 0), G(Cosh(0), 1), G(Tanh(0), 0), G(Tanh(1), null)],
        ["abs-known-sign"] = [G(Abs(-3), 3), G(Abs(pi), pi), G(Abs(x.Pow(2)), x.Pow(2)), G(Abs(Abs(x)), Abs(x)), G(Abs(x), x, XNonnegative),
            G(Abs(-x.Pow(2)), x.Pow(2)), G(Abs(Exp(x)), Exp(x)), G(Abs(pi - 4), 4 - pi), G(Abs(Sqrt(x)), Sqrt(x)), G(Abs(x), null)],
        ["abs-scaled"] = [G(Abs(-x), Abs(x)), G(Abs(-2 * x), 2 * Abs(x)), G(Abs(3 * x * y), 3 * Abs(x * y)), G(Abs(x * y), null)],
        ["abs-negated-sum"] = [G(Abs(1 - x), Abs(x - 1)), G(Abs(x - 1), null)],
        ["sign-known-sign"] = [G(Sign(-2), -1), G(Sign(pi), 1), G(Sign(0), 0), G(Sign(Exp(x)), 1), G(Sign(x), 1, XPositive), G(Sign(x.Pow(2)), null)],
        ["step-known-sign"] = [G(Heaviside(3), 1), G(Heaviside(0), Number.Half), G(Heaviside(-e), 0), G(Heaviside(Cosh(x)), 1), G(Heaviside(x), null)],
        ["max-ordered"] = [G(Max(2, 3), 3), G(Max(pi, 3), pi), G(Max(x, x), x), G(Max(x + 1, x), x + 1), G(Max(t, 1), 1, TUnit), G(Max(x, y), null)],
        ["min-ordered"] = [G(Min(2, 3), 2), G(Min(e, pi), e), G(Min(x, x + 1), x), G(Min(-1, t), -1, TUnit), G(Min(x, y), null)],
        ["sin-negated"] = [G(Sin(-x), -Sin(x)), G(Sin(-2 * x), -Sin(2 * x)), G(Sin(1 - x), null)],
        ["tan-negated"] = [G(Tan(-x), -Tan(x))],
        ["sinh-negated"] = [G(Sinh(-x), -Sinh(x))],
        ["tanh-negated"] = [G(Tanh(-Q(1, 2)), -Tanh(Number.Half))],
        ["erf-negated"] = [G(Erf(-x * y), -Erf(x * y))],
        ["cos-negated"] = [G(Cos(-x), Cos(x)), G(Cos(x), null)],
        ["cosh-negated"] = [G(Cosh(-3 * x), Cosh(3 * x))],
        ["cos-acos"] = [G(Cos(Acos(x)), x), G(Cos(Asin(x)), null)],
        ["sin-acos"] = [G(Sin(Acos(x)), Sqrt(1 - x.Pow(2)))],
        ["sin-asin"] = [G(Sin(Asin(x + y)), x + y)],
        ["cos-asin"] = [G(Cos(Asin(t)), Sqrt(1 - t.Pow(2)))],
        ["tan-atan"] = [G(Tan(Atan(x)), x)],
        ["sin-atan"] = [G(Sin(Atan(x)), x / Sqrt(1 + x.Pow(2)))],
        ["cos-atan"] = [G(Cos(Atan(x)), 1 / Sqrt(1 + x.Pow(2)))],
        ["acos-negated"] = [G(Acos(-x), pi - Acos(x)), G(Acos(-2 * x), pi - Acos(2 * x)), G(Acos(1 - x), null)],
        ["asin-negated"] = [G(Asin(-x), -Asin(x))],
        ["atan-negated"] = [G(Atan(-3 * x), -Atan(3 * x))],
        ["acos-plus-asin"] = [G(Acos(x) + Asin(x), pi / 2), G(2 * Acos(x) + 3 * Asin(x) + y, pi + Asin(x) + y), G(Acos(x) + Asin(y), null)],
        ["log-exp"] = [G(Log(Exp(x)), x), G(Log(x), null)],
        ["exp-log [x > 0]"] = [G(Exp(Log(x)), x, XPositive), G(Exp(Log(2)), 2), G(Exp(Log(x)), null), G(Exp(Log(x)), null, XNonnegative)],
        ["exp-scaled-log [x > 0]"] = [G(Exp(2 * Log(x)), x.Pow(2), XPositive), G(Exp(y * Log(x)), x.Pow(y), XPositive), G(Exp(-Log(3)), Q(1, 3)),
            G(Exp(2 * Log(x)), null)],
        ["power-exp"] = [G(Exp(x).Pow(2), Exp(2 * x)), G(Sqrt(Exp(x)), Exp(x / 2)), G(Exp(x).Pow(y), Exp(x * y))],
        ["exp-product"] = [G(Exp(x) * Exp(y), Exp(x + y)), G(2 * y * Exp(x) * Exp(-x), 2 * y * Exp(0)), G(y * Exp(x), null)],
        ["log-even-power"] = [G(Log(x.Pow(2)), 2 * Log(Abs(x))), G(Log(x.Pow(-2)), -2 * Log(Abs(x))), G(Log(x.Pow(3)), null)],
        ["log-root-power"] = [G(Log(Sqrt(x)), Log(x) / 2), G(Log(x.Pow(Q(3, 2))), Q(3, 2) * Log(x)), G(Log(x.Pow(Q(1, 3))), null)],
        ["log-power [x > 0]"] = [G(Log(x.Pow(y)), y * Log(x), XPositive), G(Log(Number.Of(2).Pow(x)), x * Log(2)), G(Log(x.Pow(y)), null)],
        ["log-product [factors > 0]"] = [G(Log(2 * x), Log(2) + Log(x), XPositive), G(Log(x * Exp(y)), Log(x) + Log(Exp(y)), XPositive),
            G(Log(2 * x), null)],
        ["log-rational"] = [G(Log(8), 3 * Log(2)), G(Log(Q(1, 4)), -Log(4)), G(Log(Q(9, 4)), 2 * Log(Q(3, 2))), G(Log(6), null)],
        ["root-of-even-power"] = [G(Sqrt(x.Pow(2)), Abs(x)), G(Sqrt(x.Pow(4)), Abs(x).Pow(2)), G(x.Pow(2).Pow(Q(3, 2)), Abs(x).Pow(3)),
            G(x.Pow(2).Pow(-Q(1, 2)), 1 / Abs(x)), G(Sqrt(x.Pow(3)), null)],
        ["abs-even-power"] = [G(Abs(x).Pow(2), x.Pow(2)), G(Abs(x).Pow(-2), x.Pow(-2)), G(Abs(x).Pow(3), null)],
        ["power-of-power [x ≥ 0]"] = [G(Sqrt(x.Pow(2)), x, XNonnegative), G(x.Pow(2).Pow(Q(3, 2)), x.Pow(3), XNonnegative),
            G(Sqrt(x.Pow(2)), null)],
        ["power-of-product [factors ≥ 0]"] = [G(Sqrt(x.Pow(2) * y), Sqrt(x.Pow(2)) * Sqrt(y), YNonnegative),
            G(Sqrt(pi * x.Pow(2)), Sqrt(pi) * Sqrt(x.Pow(2))), G(Sqrt(x.Pow(2) * y), null)],
        ["distribute"] = [G((pi - Acos(t)) / pi, 1 - Acos(t) / pi), G(x * (y + 1), x * y + x), G((x + 1) * (y + 1), x * y + x + y + 1),
            G(x * y, null)],
        ["expand-power"] = [G((x + 1).Pow(2), x.Pow(2) + 2 * x + 1), G((x + y).Pow(3), x.Pow(3) + 3 * x.Pow(2) * y + 3 * x * y.Pow(2) + y.Pow(3)),
            G((x + 1).Pow(-2), null), G((x + 1).Pow(9), null)],
    };
}
