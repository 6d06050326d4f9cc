using System.Collections.Frozen;
using Symbolic.Core.Expressions;
using static Symbolic.Core.Functions.Fn;

namespace Symbolic.Core.Functions;

/// <summary>The descriptor table: one <see cref="FunctionInfo"/> per <see cref="FunctionId"/>. Adding a function is
/// one entry here (and a test); every operation reads this table.</summary>
public static class BuiltIns
{
    private static readonly Expr s_two = 2;

    private static readonly FunctionInfo[] s_table = Build();

    private static readonly FrozenDictionary<string, FunctionInfo> s_byName =
        s_table.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>All descriptors, in <see cref="FunctionId"/> order.</summary>
    public static IReadOnlyList<FunctionInfo> All => s_table;

    /// <summary>The descriptor of <paramref name="id"/>.</summary>
    public static FunctionInfo Get(FunctionId id) => s_table[(int)id];

    /// <summary>Looks a function up by its plain-text name (ordinal, e.g. "acos").</summary>
    public static bool TryGet(string name, out FunctionInfo info) => s_byName.TryGetValue(name, out info!);

    private static FunctionInfo Unary(FunctionId id, string name, string latex, Func<double, double> eval, Func<Expr, Expr> derivative) =>
        new(id, name, latex, eval, [a => derivative(a[0])]);

    private static FunctionInfo[] Build()
    {
        FunctionInfo[] table =
        [
            Unary(FunctionId.Exp, "exp", @"\exp", Math.Exp, x => Exp(x)),
            Unary(FunctionId.Log, "log", @"\log", Math.Log, x => x.Pow(-1)),
            Unary(FunctionId.Sin, "sin", @"\sin", Math.Sin, x => Cos(x)),
            Unary(FunctionId.Cos, "cos", @"\cos", Math.Cos, x => -Sin(x)),
            Unary(FunctionId.Tan, "tan", @"\tan", Math.Tan, x => 1 + Tan(x).Pow(2)),
            Unary(FunctionId.Asin, "asin", @"\arcsin", Math.Asin, x => (1 - x.Pow(2)).Pow(Number.Of(-1, 2))),
            Unary(FunctionId.Acos, "acos", @"\arccos", Math.Acos, x => -(1 - x.Pow(2)).Pow(Number.Of(-1, 2))),
            Unary(FunctionId.Atan, "atan", @"\arctan", Math.Atan, x => (1 + x.Pow(2)).Pow(-1)),
            Unary(FunctionId.Sinh, "sinh", @"\sinh", Math.Sinh, x => Cosh(x)),
            Unary(FunctionId.Cosh, "cosh", @"\cosh", Math.Cosh, x => Sinh(x)),
            Unary(FunctionId.Tanh, "tanh", @"\tanh", Math.Tanh, x => 1 - Tanh(x).Pow(2)),
            Unary(FunctionId.Erf, "erf", @"\operatorname{erf}", SpecialFunctions.Erf,
                x => s_two * Constant.Pi.Pow(Number.Of(-1, 2)) * Exp(-x.Pow(2))),
            Unary(FunctionId.Abs, "abs", @"\operatorname{abs}", Math.Abs, x => Sign(x)),
            Unary(FunctionId.Sign, "sign", @"\operatorname{sgn}", SpecialFunctions.Sign, _ => Number.Zero),   // a.e.
            Unary(FunctionId.Heaviside, "step", @"\operatorname{H}", SpecialFunctions.Heaviside, _ => Number.Zero),   // a.e.
            new(FunctionId.Max, "max", @"\max", (Func<double, double, double>)Math.Max, [a => Heaviside(a[0] - a[1]), a => Heaviside(a[1] - a[0])]),
            new(FunctionId.Min, "min", @"\min", (Func<double, double, double>)Math.Min, [a => Heaviside(a[1] - a[0]), a => Heaviside(a[0] - a[1])]),
        ];
        for (int i = 0; i < table.Length; i++)
            if ((int)table[i].Id != i) throw new InvalidOperationException($"BuiltIns entry {i} is {table[i].Id}: keep the table in FunctionId order.");
        if (table.Length != Enum.GetValues<FunctionId>().Length) throw new InvalidOperationException("BuiltIns lacks a FunctionId.");
        return table;
    }
}
