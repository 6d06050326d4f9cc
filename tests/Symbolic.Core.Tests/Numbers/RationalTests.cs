using System.Numerics;
using FsCheck.Xunit;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Tests.Numbers;

public sealed class RationalTests
{
    [Fact]
    public void Normalises_sign_and_common_factors()
    {
        var r = Rational.Of(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
        Assert.Equal(Rational.Zero, Rational.Of(0, -7));
        Assert.Equal(Rational.One, default(Rational) + 1);
    }

    [Theory]
    [InlineData("0.25", 1, 4)]
    [InlineData("1.5e-3", 3, 2000)]
    [InlineData("12", 12, 1)]
    [InlineData("2E2", 200, 1)]
    public void Parses_decimals_exactly(string text, int p, int q)
    {
        Assert.True(Rational.TryParseDecimal(text, out var r));
        Assert.Equal(Rational.Of(p, q), r);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1e99999")]
    [InlineData("abc")]
    public void Refuses_bad_decimals(string text) => Assert.False(Rational.TryParseDecimal(text, out _));

    [Property(MaxTest = 300, Replay = "(1234,5679)")]
    public bool FromDouble_round_trips(double x) => !double.IsFinite(x) || Rational.FromDouble(x).ToDouble() == x;

    [Property(MaxTest = 300, Replay = "(1234,5679)")]
    public bool Field_laws_hold(int a, int b, int c)
    {
        var (x, y, z) = (Rational.Of(a, 7), Rational.Of(b, 3), Rational.Of(c, 11));
        return (x + y) * z == x * z + y * z && x - x == Rational.Zero && (y.IsZero || x / y * y == x);
    }

    [Fact]
    public void Powers_refuse_to_explode()
    {
        Assert.False(Rational.Of(2).TryPow(BigInteger.Pow(10, 9), out _));
        Assert.True(Rational.MinusOne.TryPow(BigInteger.Pow(10, 9) + 1, out var m));
        Assert.Equal(Rational.MinusOne, m);
        Assert.True(Rational.Of(2, 3).TryPow(-2, out var p));
        Assert.Equal(Rational.Of(9, 4), p);
    }

    [Fact]
    public void Exact_roots()
    {
        Assert.True(Rational.Of(27, 8).TryExactRoot(3, out var r));
        Assert.Equal(Rational.Of(3, 2), r);
        Assert.False(Rational.Of(2).TryExactRoot(2, out _));
        Assert.True(Rational.Of(-8).TryExactRoot(3, out var n));
        Assert.Equal(Rational.Of(-2), n);
    }
}
