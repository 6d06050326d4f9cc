using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Compilation.Tests.Vectorized;

/// <summary>The lane-wise built-ins of the batch evaluator, through its public API: the runtime's vector
/// exp/log/sin/cos and the product-based half-integer powers within 4 ulp of Math at both widths; everything else
/// bitwise equal to the interpreter, special values included.</summary>
public sealed class VectorizedBuiltInTests
{
    private static readonly Symbol t = Symbol.Of("t");

    private static readonly double[] s_specials =
    [
        0.0, -0.0, 1, -1, 0.5, -0.5, 2, double.Epsilon, -double.Epsilon, 1e-310, 1e-300, -1e-300, 1e300, -1e300,
        double.MaxValue, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 709.78, 709.79, -745.1, -745.2,
    ];

    public static TheoryData<FunctionId, VectorWidth> Approximated()
    {
        var data = new TheoryData<FunctionId, VectorWidth>();
        foreach (var f in new[] { FunctionId.Exp, FunctionId.Log, FunctionId.Sin, FunctionId.Cos, FunctionId.Acos, FunctionId.Asin, FunctionId.Atan })
            foreach (var w in new[] { VectorWidth.Vector512, VectorWidth.Vector256 }) data.Add(f, w);
        return data;
    }

    private static double[] Arguments(FunctionId f, int count)
    {
        var random = new Random((int)f);
        var x = new List<double>(s_specials);
        for (int i = 0; i < count; i++)
            x.Add(f switch
            {
                FunctionId.Exp => 1455 * random.NextDouble() - 745,
                FunctionId.Log => Math.ScaleB(random.NextDouble() + 0.5, random.Next(-1074, 1024)),
                FunctionId.Sin or FunctionId.Cos => (2 * random.NextDouble() - 1) * Math.ScaleB(1, random.Next(-30, 25)),
                FunctionId.Acos or FunctionId.Asin => 2 * random.NextDouble() - 1,
                _ => (2 * random.NextDouble() - 1) * Math.ScaleB(1, random.Next(-40, 40)),
            });
        for (int i = 0; i < 2000; i++) x.Add(1 + (i - 1000) * 1e-16);   // log and acos near 1
        return [.. x];
    }

    private static double[] Run(Expr e, double[] points, VectorizedOptions? options = null)
    {
        var result = new double[points.Length];
        e.Vectorize(t, options).Evaluate(points, result);
        return result;
    }

    [Theory]
    [MemberData(nameof(Approximated))]
    public void Vector_functions_are_within_4_ulp_of_Math(FunctionId function, VectorWidth width)
    {
        var e = Fn.Call(function, t);
        var x = Arguments(function, 300_000);
        var values = Run(e, x, new VectorizedOptions { Width = width });
        var reference = BuiltIns.Get(function);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = reference.Evaluate([x[i]]);
            Assert.True(Ulps.Between(values[i], expected) <= 4, $"{function}({x[i]:R}) = {values[i]:R}, Math {expected:R}");
        }
    }

    [Theory]
    [InlineData(-5, 2)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(-2, 1)]
    [InlineData(-3, 1)]
    [InlineData(-4, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 2)]
    [InlineData(-3, 2)]
    [InlineData(5, 2)]
    [InlineData(-7, 2)]
    [InlineData(7, 2)]
    [InlineData(-1, 2)]
    public void Half_integer_powers_are_within_4_ulp_of_the_interpreter_and_exact_at_the_edges(int numerator, int denominator)
    {
        var q = Number.Of(numerator, denominator);
        var e = t.Pow(q);
        double exponent = q.Value.ToDouble();
        var random = new Random(numerator * 31 + denominator);
        var x = s_specials.Concat(Enumerable.Range(0, 100_000).Select(_ => (2 * random.NextDouble() - 1) * Math.ScaleB(1, random.Next(-260, 260)))).ToArray();
        var values = Run(e, x);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = Evaluator.PowerOf(x[i], exponent, q);   // Math.Pow, except √ for ½
            bool edge = !(Math.Abs(x[i]) > Math.ScaleB(1, -200) && Math.Abs(x[i]) < Math.ScaleB(1, 200));
            long tolerance = edge ? 0 : 4;
            Assert.True(Ulps.Between(values[i], expected) <= tolerance, $"({x[i]:R})^{exponent} = {values[i]:R}, interpreter {expected:R}");
        }
    }

    public static TheoryData<string> ExactExpressions() =>
    [
        "abs", "sign", "step", "max", "min", "sqrt", "reciprocal", "erf", "tanh", "tan", "sinh", "cosh", "pow7", "pow-pi", "pow-t", "two-t",
    ];

    private static Expr ExactExpression(string name) => name switch
    {
        "abs" => Fn.Abs(t - Number.Half),
        "sign" => Fn.Sign(t) + Fn.Sign(t - 1),
        "step" => Fn.Heaviside(t) * 3 + Fn.Heaviside(t - 1),
        "max" => Fn.Max(t, Number.Zero) + Fn.Max(Number.One, t),
        "min" => Fn.Min(t, Number.Zero) - Fn.Min(Number.One, t),
        "sqrt" => Fn.Sqrt(t),
        "reciprocal" => 1 / t,
        "erf" => Fn.Erf(t),
        "tanh" => Fn.Call(FunctionId.Tanh, t),
        "tan" => Fn.Call(FunctionId.Tan, t),
        "sinh" => Fn.Call(FunctionId.Sinh, t),
        "cosh" => Fn.Call(FunctionId.Cosh, t),
        "pow7" => t.Pow(7),
        "pow-pi" => t.Pow(Constant.Pi),
        "pow-t" => t.Pow(t),
        "two-t" => Number.Of(2).Pow(t),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(ExactExpressions))]
    public void Other_operations_equal_the_interpreter_bitwise_special_values_included(string name)
    {
        var e = ExactExpression(name);
        var x = s_specials.Concat(Enumerable.Range(-200, 401).Select(i => i / 50.0)).ToArray();
        var values = Run(e, x);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = Evaluator.Evaluate(e, t, x[i]);
            Assert.True(BitConverter.DoubleToInt64Bits(values[i]) == BitConverter.DoubleToInt64Bits(expected) || double.IsNaN(values[i]) && double.IsNaN(expected),
                $"{name} at {x[i]:R}: {values[i]:R} vs {expected:R}");
        }
    }
}
