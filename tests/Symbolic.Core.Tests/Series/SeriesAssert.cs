using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;

namespace Symbolic.Core.Tests.Series;

/// <summary>Structural comparison of series: exact coefficients must be the very same interned nodes.</summary>
internal static class SeriesAssert
{
    public static void Terms(PuiseuxSeries series, Rational? order, params (Rational Power, Expr Coefficient)[] expected)
    {
        Assert.Equal(order, series.Order);
        var actual = series.Terms;
        Assert.True(expected.Length == actual.Length,
            $"expected {expected.Length} terms, got {actual.Length}: {series}");
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Power, actual[i].Power);
            Assert.True(ReferenceEquals(expected[i].Coefficient, actual[i].Coefficient),
                $"u^{expected[i].Power}: expected {expected[i].Coefficient}, got {actual[i].Coefficient}");
        }
    }
}
