using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Series;
using static Symbolic.Core.Tests.Series.ArcCosineKernels;

namespace Symbolic.Core.Tests.Series;

/// <summary>The numeric fallback behind <see cref="SeriesContext"/>: zero and sign decisions for coefficients that
/// canonical form cannot decide.</summary>
public sealed class NumericOracleTests
{
    private static readonly Expr Pi = Constant.Pi;

    [Fact]
    public void A_hidden_zero_with_squares_of_negative_numbers_is_zero()
    {
        var zero = (1 - Pi).Pow(2) - (Pi - 1).Pow(2);
        Assert.IsNotType<Number>(zero);
        Assert.Equal(Truth.True, new SeriesContext().IsZero(zero, "test"));
    }

    [Fact]
    public void Signs_are_decided_away_from_zero()
    {
        var context = new SeriesContext();
        Assert.Equal(-1, context.Sign(1 - Pi));
        Assert.Equal(1, context.Sign(Fn.Acos(Pi.Pow(-1)) - 1));
        Assert.Equal(Truth.False, context.IsZero(Fn.Sqrt(2) - Number.Of(1414, 1000), "test"));
    }

    [Fact]
    public void Deep_correlated_constants_keep_a_small_error_estimate()
    {
        // Σ_j(−1) = κ₁^{∘(j−1)}(−1) tends to 1; interval-style bounds grow geometrically through the two steep
        // pieces of κ₁, the stochastic estimate does not: 1 − Σ₄₅² (≈ 0.03) must be decided nonzero and positive.
        var context = new SeriesContext();
        Expr sigma = Number.MinusOne;
        for (int j = 2; j <= 45; j++)
            sigma = (Fn.Sqrt(1 - sigma * sigma) + sigma * (Pi - ExactValues.Fold(FunctionId.Acos, [sigma]))) / Pi;
        Assert.Equal(1, context.Sign(1 - sigma * sigma));
    }

    [Fact]
    public void Expressions_with_parameters_are_zero_only_if_zero_at_both_samples()
    {
        var alpha = Symbol.Of("alpha");
        var context = new SeriesContext();
        var zero = (alpha + 1).Pow(2) - alpha.Pow(2) - 2 * alpha - 1;
        Assert.IsNotType<Number>(zero);
        Assert.Equal(Truth.True, context.IsZero(zero, "test"));
        Assert.Equal(Truth.False, context.IsZero(alpha - Number.Of(3, 4), "test"));
        Assert.Contains(context.Notes, n => n.Kind == SeriesNoteKind.NumericZero);
        // a sign read off sampled parameter values is an assumption, and is flagged as one
        Assert.Equal(1, context.Sign(alpha.Pow(2) + 1));
        Assert.Contains(context.Notes, n => n.Kind == SeriesNoteKind.AssumedSign);
    }
}
