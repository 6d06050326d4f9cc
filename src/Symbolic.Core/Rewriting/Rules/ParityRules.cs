using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Parity of the odd and even elementary functions, valid on all of ℝ: f(−x) = −f(x) for sin, tan, sinh, tanh,
/// erf, and f(−x) = f(x) for cos, cosh. They fire when the argument's rational coefficient is negative
/// (<see cref="Patterns.LooksNegative"/>); sums are left alone. The inverse functions are in
/// <see cref="InverseTrigRules"/>, abs in <see cref="AbsSignRules"/>.
/// </summary>
public static class ParityRules
{
    /// <summary>sin(−x) = −sin x.</summary>
    public static readonly Rule SinOfNegated = Odd("sin-negated", "sin(−x) = −sin x", FunctionId.Sin);

    /// <summary>tan(−x) = −tan x.</summary>
    public static readonly Rule TanOfNegated = Odd("tan-negated", "tan(−x) = −tan x", FunctionId.Tan);

    /// <summary>sinh(−x) = −sinh x.</summary>
    public static readonly Rule SinhOfNegated = Odd("sinh-negated", "sinh(−x) = −sinh x", FunctionId.Sinh);

    /// <summary>tanh(−x) = −tanh x.</summary>
    public static readonly Rule TanhOfNegated = Odd("tanh-negated", "tanh(−x) = −tanh x", FunctionId.Tanh);

    /// <summary>erf(−x) = −erf x.</summary>
    public static readonly Rule ErfOfNegated = Odd("erf-negated", "erf(−x) = −erf x", FunctionId.Erf);

    /// <summary>cos(−x) = cos x.</summary>
    public static readonly Rule CosOfNegated = Even("cos-negated", "cos(−x) = cos x", FunctionId.Cos);

    /// <summary>cosh(−x) = cosh x.</summary>
    public static readonly Rule CoshOfNegated = Even("cosh-negated", "cosh(−x) = cosh x", FunctionId.Cosh);

    /// <summary>The parity rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
        [SinOfNegated, TanOfNegated, SinhOfNegated, TanhOfNegated, ErfOfNegated, CosOfNegated, CoshOfNegated];

    private static Rule Odd(string name, string description, FunctionId function) => new(name, description, e =>
        e is Call c && c.Function == function && Patterns.LooksNegative(c.Arguments[0])
            ? Negate(Fn.Call(function, Negate(c.Arguments[0]))) : null);

    private static Rule Even(string name, string description, FunctionId function) => new(name, description, e =>
        e is Call c && c.Function == function && Patterns.LooksNegative(c.Arguments[0])
            ? Fn.Call(function, Negate(c.Arguments[0])) : null);
}
