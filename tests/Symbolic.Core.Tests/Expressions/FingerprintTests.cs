using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Tests.Expressions;

/// <summary>
/// The process-independent fingerprint of a number is the documented fold — splitmix-style <c>Mix</c> over the
/// little-endian two's-complement bytes of the numerator, then of the denominator — whether its coefficient bytes are
/// folded afresh or taken from the cache of large coefficients (filled here by products that carry the same rational).
/// </summary>
public sealed class FingerprintTests
{
    private static readonly Symbol X = Symbol.Of("x");

    [Theory]
    [InlineData(3, 1, 1)]
    [InlineData(-7, 5, 40)]
    [InlineData(5, 4, 300)]
    [InlineData(-10, 9, 600)]
    [InlineData(5, 4, 880)]
    public void Number_fingerprint_is_the_fold_over_its_bytes(int p, int q, int power)
    {
        var value = Rational.Of(BigInteger.Pow(p, power), BigInteger.Pow(q, power));
        ulong payload = Fold(Fold(0, value.Numerator), value.Denominator);
        for (int i = 0; i < 3; i++)   // c·sᵢ: the first folds c's bytes, the others may take them from the cache
        {
            var symbol = Symbol.Of($"fingerprint_{power}_{i}");
            var product = Number.Of(value) * symbol;
            if (value.IsOne) continue;
            Assert.Equal(Mix(Mix(0x9E3779B97F4A7C15UL ^ (ulong)ExprKind.Product, payload), symbol.Fingerprint), product.Fingerprint);
        }
        Assert.Equal(Mix(0x9E3779B97F4A7C15UL ^ (ulong)ExprKind.Number, payload), Number.Of(value).Fingerprint);
        Assert.Equal(Number.Of(value).Fingerprint, Number.Of(value * 1).Fingerprint);
        Assert.NotEqual(Number.Of(value).Fingerprint, Number.Of(value + 1).Fingerprint);
        Assert.Same(Number.Of(value) * X, Number.Of(value) * X);
    }

    private static ulong Fold(ulong h, BigInteger part)
    {
        foreach (var b in part.ToByteArray()) h = Mix(h, b);
        return h;
    }

    private static ulong Mix(ulong a, ulong b)
    {
        ulong z = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
