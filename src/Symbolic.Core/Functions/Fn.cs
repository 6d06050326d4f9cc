using System.Collections.Frozen;
using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Functions;

/// <summary>Factories for function applications. <see cref="Sqrt"/> builds the power ½; e^x is always <c>exp(x)</c>.</summary>
public static class Fn
{
    private static readonly FrozenDictionary<string, string> s_aliases = new Dictionary<string, string>
    {
        ["ln"] = "log", ["arccos"] = "acos", ["arcsin"] = "asin", ["arctan"] = "atan",
        ["heaviside"] = "step", ["sgn"] = "sign",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every function name <see cref="TryApply"/> accepts: the table's names, "sqrt", and aliases.</summary>
    public static IEnumerable<string> KnownNames =>
        BuiltIns.All.Select(f => f.Name).Append("sqrt").Concat(s_aliases.Keys).Order(StringComparer.Ordinal);

    /// <summary>f(args) for a built-in, checking the arity. No evaluation of special values here: that is the
    /// job of the exact-value rule set, so construction stays cheap and local.</summary>
    /// <exception cref="ArgumentException">Wrong number of arguments.</exception>
    public static Expr Call(FunctionId function, params ReadOnlySpan<Expr> arguments)
    {
        var info = BuiltIns.Get(function);
        if (arguments.Length != info.Arity)
            throw new ArgumentException($"{info.Name} takes {info.Arity} argument(s), got {arguments.Length}.", nameof(arguments));
        return Expressions.Call.Intern(function, ImmutableArray.Create(arguments));
    }

    /// <summary>Applies the function or alias named <paramref name="name"/> ("sqrt", "ln", "arccos", …).</summary>
    public static bool TryApply(string name, ReadOnlySpan<Expr> arguments, out Expr? result, out string? error)
    {
        result = null;
        error = null;
        string canonical = s_aliases.GetValueOrDefault(name, name);
        if (canonical == "sqrt")
        {
            if (arguments.Length != 1) { error = $"sqrt takes 1 argument, got {arguments.Length}"; return false; }
            result = Sqrt(arguments[0]);
            return true;
        }
        if (!BuiltIns.TryGet(canonical, out var info)) { error = $"unknown function '{name}'"; return false; }
        if (arguments.Length != info.Arity) { error = $"{info.Name} takes {info.Arity} argument(s), got {arguments.Length}"; return false; }
        result = Call(info.Id, arguments);
        return true;
    }

    /// <summary>√x = x^½.</summary>
    public static Expr Sqrt(Expr x) => x.Pow(Number.Half);

    /// <summary>eˣ.</summary>
    public static Expr Exp(Expr x) => Call(FunctionId.Exp, x);

    /// <summary>ln x.</summary>
    public static Expr Log(Expr x) => Call(FunctionId.Log, x);

    /// <summary>sin x.</summary>
    public static Expr Sin(Expr x) => Call(FunctionId.Sin, x);

    /// <summary>cos x.</summary>
    public static Expr Cos(Expr x) => Call(FunctionId.Cos, x);

    /// <summary>tan x.</summary>
    public static Expr Tan(Expr x) => Call(FunctionId.Tan, x);

    /// <summary>arcsin x.</summary>
    public static Expr Asin(Expr x) => Call(FunctionId.Asin, x);

    /// <summary>arccos x.</summary>
    public static Expr Acos(Expr x) => Call(FunctionId.Acos, x);

    /// <summary>arctan x.</summary>
    public static Expr Atan(Expr x) => Call(FunctionId.Atan, x);

    /// <summary>sinh x.</summary>
    public static Expr Sinh(Expr x) => Call(FunctionId.Sinh, x);

    /// <summary>cosh x.</summary>
    public static Expr Cosh(Expr x) => Call(FunctionId.Cosh, x);

    /// <summary>tanh x.</summary>
    public static Expr Tanh(Expr x) => Call(FunctionId.Tanh, x);

    /// <summary>erf x.</summary>
    public static Expr Erf(Expr x) => Call(FunctionId.Erf, x);

    /// <summary>|x|.</summary>
    public static Expr Abs(Expr x) => Call(FunctionId.Abs, x);

    /// <summary>sign x.</summary>
    public static Expr Sign(Expr x) => Call(FunctionId.Sign, x);

    /// <summary>Heaviside step H(x), H(0) = ½.</summary>
    public static Expr Heaviside(Expr x) => Call(FunctionId.Heaviside, x);

    /// <summary>max(a, b).</summary>
    public static Expr Max(Expr a, Expr b) => Call(FunctionId.Max, a, b);

    /// <summary>min(a, b).</summary>
    public static Expr Min(Expr a, Expr b) => Call(FunctionId.Min, a, b);
}
