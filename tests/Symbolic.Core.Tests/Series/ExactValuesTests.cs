using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>Special values folded exactly by <see cref="ExactValues.Fold"/>.</summary>
public sealed class ExactValuesTests
{
    private static readonly Expr Pi = Constant.Pi;
    private static readonly Expr Sqrt2Over2 = Number.Half * Fn.Sqrt(2);
    private static readonly Expr Sqrt3Over2 = Number.Half * Fn.Sqrt(3);

    public static TheoryData<FunctionId, Expr, Expr> Cases() => new()
    {
        { FunctionId.Acos, 1, 0 },
        { FunctionId.Acos, -1, Pi },
        { FunctionId.Acos, 0, Pi / 2 },
        { FunctionId.Acos, Number.Half, Pi / 3 },
        { FunctionId.Acos, -Sqrt2Over2, 3 * Pi / 4 },
        { FunctionId.Acos, Sqrt3Over2, Pi / 6 },
        { FunctionId.Asin, -1, -Pi / 2 },
        { FunctionId.Asin, Sqrt2Over2, Pi / 4 },
        { FunctionId.Atan, 1, Pi / 4 },
        { FunctionId.Atan, -Fn.Sqrt(3), -Pi / 3 },
        { FunctionId.Atan, Fn.Sqrt(3) / 3, Pi / 6 },
        { FunctionId.Sin, Pi / 6, Number.Half },
        { FunctionId.Sin, 5 * Pi / 4, -Sqrt2Over2 },
        { FunctionId.Cos, Pi, -1 },
        { FunctionId.Cos, 2 * Pi / 3, -Number.Half },
        { FunctionId.Tan, Pi / 3, Fn.Sqrt(3) },
        { FunctionId.Exp, 0, 1 },
        { FunctionId.Exp, Fn.Log(Pi), Pi },
        { FunctionId.Log, 1, 0 },
        { FunctionId.Log, Constant.E, 1 },
        { FunctionId.Erf, 0, 0 },
        { FunctionId.Cosh, 0, 1 },
        { FunctionId.Abs, -Pi, Pi },
        { FunctionId.Sign, 1 - Pi, -1 },
        { FunctionId.Heaviside, 0, Number.Half },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Special_values_fold_to_canonical_exact_constants(FunctionId function, Expr argument, Expr expected) =>
        Assert.Same(expected, ExactValues.Fold(function, [argument], new SeriesContext()));

    [Fact]
    public void Other_arguments_stay_calls()
    {
        Assert.Same(Fn.Acos(Number.Of(1, 3)), ExactValues.Fold(FunctionId.Acos, [Number.Of(1, 3)]));
        Assert.Same(Fn.Tan(Pi / 2), ExactValues.Fold(FunctionId.Tan, [Pi / 2]));
        Assert.Same(Fn.Sin(Pi / 5), ExactValues.Fold(FunctionId.Sin, [Pi / 5]));
    }

    [Fact]
    public void Max_and_min_of_constants_compare_numerically()
    {
        Assert.Same(Pi, ExactValues.Fold(FunctionId.Max, [Pi, Fn.Sqrt(2)], new SeriesContext()));
        Assert.Same(Fn.Sqrt(2), ExactValues.Fold(FunctionId.Min, [Pi, Fn.Sqrt(2)], new SeriesContext()));
    }
}
