using System.Collections.Frozen;
using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Special values of the built-in functions at exact arguments — the folding that construction deliberately does
/// not do (acos(1) stays acos(1) until these rules run). Every identity is exact and holds unconditionally.
/// </summary>
public static class ExactValueRules
{
    /// <summary>acos(1) = 0, acos(−1) = π, acos(0) = π/2, acos(±½) = π/3, 2π/3, acos(±√2/2) = π/4, 3π/4,
    /// acos(±√3/2) = π/6, 5π/6.</summary>
    public static readonly Rule AcosExact = Lookup("acos-exact", "acos at 0, ±½, ±√2/2, ±√3/2, ±1 (values in [0, π])",
        FunctionId.Acos, ExactTables.Acos);

    /// <summary>asin(0) = 0, asin(±1) = ±π/2, asin(±½) = ±π/6, asin(±√2/2) = ±π/4, asin(±√3/2) = ±π/3.</summary>
    public static readonly Rule AsinExact = Lookup("asin-exact", "asin at 0, ±½, ±√2/2, ±√3/2, ±1 (values in [−π/2, π/2])",
        FunctionId.Asin, ExactTables.Asin);

    /// <summary>atan(0) = 0, atan(±1) = ±π/4, atan(±√3) = ±π/3, atan(±√3/3) = ±π/6.</summary>
    public static readonly Rule AtanExact = Lookup("atan-exact", "atan at 0, ±1, ±√3, ±√3/3", FunctionId.Atan, ExactTables.Atan);

    /// <summary>sin(rπ) for rational r with denominator 1, 2, 3, 4 or 6: 0, ±½, ±√2/2, ±√3/2, ±1.</summary>
    public static readonly Rule SinExact = new("sin-exact", "sin(rπ) at multiples of π/6 and π/4", e =>
        e is Call(FunctionId.Sin, [var x]) && Patterns.IsPiMultiple(x, out var r) ? ExactTables.SinPi(r) : null);

    /// <summary>cos(rπ) for rational r with denominator 1, 2, 3, 4 or 6.</summary>
    public static readonly Rule CosExact = new("cos-exact", "cos(rπ) at multiples of π/6 and π/4", e =>
        e is Call(FunctionId.Cos, [var x]) && Patterns.IsPiMultiple(x, out var r) ? ExactTables.CosPi(r) : null);

    /// <summary>tan(rπ) for rational r with denominator 1, 3, 4 or 6 (tan is undefined at π/2 + kπ: no rewrite).</summary>
    public static readonly Rule TanExact = new("tan-exact", "tan(rπ) at multiples of π/6 and π/4, except π/2 + kπ", e =>
        e is Call(FunctionId.Tan, [var x]) && Patterns.IsPiMultiple(x, out var r) ? ExactTables.TanPi(r) : null);

    /// <summary>exp(0) = 1.</summary>
    public static readonly Rule ExpOfZero = new("exp-zero", "exp(0) = 1", e =>
        e is Call(FunctionId.Exp, [Number { Value.IsZero: true }]) ? Number.One : null);

    /// <summary>log(1) = 0.</summary>
    public static readonly Rule LogOfOne = new("log-one", "log(1) = 0", e =>
        e is Call(FunctionId.Log, [Number { Value.IsOne: true }]) ? Number.Zero : null);

    /// <summary>log(e) = 1.</summary>
    public static readonly Rule LogOfE = new("log-e", "log(e) = 1", e =>
        e is Call(FunctionId.Log, [Constant { Id: ConstantId.E }]) ? Number.One : null);

    /// <summary>erf(0) = 0.</summary>
    public static readonly Rule ErfOfZero = new("erf-zero", "erf(0) = 0", e =>
        e is Call(FunctionId.Erf, [Number { Value.IsZero: true }]) ? Number.Zero : null);

    /// <summary>sinh(0) = tanh(0) = 0, cosh(0) = 1.</summary>
    public static readonly Rule HyperbolicAtZero = new("hyperbolic-zero", "sinh(0) = tanh(0) = 0, cosh(0) = 1", e => e switch
    {
        Call(FunctionId.Sinh or FunctionId.Tanh, [Number { Value.IsZero: true }]) => Number.Zero,
        Call(FunctionId.Cosh, [Number { Value.IsZero: true }]) => Number.One,
        _ => null,
    });

    /// <summary>The function-value rules, in the order they are tried.</summary>
    public static ImmutableArray<Rule> All { get; } =
        [AcosExact, AsinExact, AtanExact, SinExact, CosExact, TanExact, ExpOfZero, LogOfOne, LogOfE, ErfOfZero, HyperbolicAtZero];

    private static Rule Lookup(string name, string description, FunctionId function, FrozenDictionary<Expr, Expr> table) =>
        new(name, description, e => e is Call c && c.Function == function && table.TryGetValue(c.Arguments[0], out var v) ? v : null);
}
