using Symbolic.MonteCarlo.Sampling;

namespace Symbolic.MonteCarlo.Tests.Sampling;

/// <summary>The weight generator: the moments and tails of N(0, 1), determinism, and independent streams.</summary>
public sealed class ZigguratTests
{
    private const int Count = 2_000_000;

    private static double[] Draw(ulong key)
    {
        var values = new double[Count];
        Ziggurat.Fill(key, values);
        return values;
    }

    [Fact]
    public void Moments_and_tails_are_those_of_the_standard_normal()
    {
        var z = Draw(42);
        double mean = z.Average();
        double variance = z.Select(v => (v - mean) * (v - mean)).Average();
        double fourth = z.Select(v => v * v * v * v).Average();
        double beyond2 = z.Count(v => Math.Abs(v) > 2) / (double)Count;
        double beyondTailStart = z.Count(v => Math.Abs(v) > 3.442619855899) / (double)Count;
        // Tolerances are 5 standard errors of each estimator at n = 2·10⁶: se(mean) = 1/√n, se(var) = √(2/n),
        // se(E z⁴) = √(96/n), se(p̂) = √(p(1 − p)/n) with P(|z| > 2) = 0.0455003, P(|z| > R) = 5.7606e-4 (the tail method).
        Assert.InRange(mean, -5 / Math.Sqrt(Count), 5 / Math.Sqrt(Count));
        Assert.InRange(variance, 1 - 5 * Math.Sqrt(2.0 / Count), 1 + 5 * Math.Sqrt(2.0 / Count));
        Assert.InRange(fourth, 3 - 5 * Math.Sqrt(96.0 / Count), 3 + 5 * Math.Sqrt(96.0 / Count));
        Assert.InRange(beyond2, 0.0455003 - 5 * Math.Sqrt(0.0455 * 0.9545 / Count), 0.0455003 + 5 * Math.Sqrt(0.0455 * 0.9545 / Count));
        Assert.InRange(beyondTailStart, 5.7606e-4 - 5 * Math.Sqrt(5.76e-4 / Count), 5.7606e-4 + 5 * Math.Sqrt(5.76e-4 / Count));
    }

    [Fact]
    public void The_distribution_function_matches_Phi_within_the_Kolmogorov_Smirnov_bound()
    {
        var z = Draw(7);
        Array.Sort(z);
        double worst = 0;
        for (int i = 0; i < z.Length; i += 97)
        {
            double phi = 0.5 * (1 + Symbolic.Core.Functions.SpecialFunctions.Erf(z[i] / Math.Sqrt(2)));
            worst = Math.Max(worst, Math.Max(Math.Abs(phi - (double)i / Count), Math.Abs(phi - (i + 1.0) / Count)));
        }
        // The KS statistic exceeds 1.95/√n with probability 0.001.
        Assert.True(worst < 1.95 / Math.Sqrt(Count), $"KS distance {worst}");
    }

    [Fact]
    public void A_key_always_gives_the_same_values_and_different_keys_are_uncorrelated()
    {
        Assert.Equal(Draw(1), Draw(1));
        var a = Draw(SplitMix64.Derive(5, 0));
        var b = Draw(SplitMix64.Derive(5, 1));
        double correlation = a.Zip(b, (x, y) => x * y).Average();
        Assert.InRange(correlation, -5 / Math.Sqrt(Count), 5 / Math.Sqrt(Count));
    }

    [Fact]
    public void Derived_seeds_are_distinct_and_depend_on_both_arguments()
    {
        var seeds = Enumerable.Range(0, 10_000).Select(i => SplitMix64.Derive(123, (ulong)i)).ToHashSet();
        Assert.Equal(10_000, seeds.Count);
        Assert.NotEqual(SplitMix64.Derive(1, 2), SplitMix64.Derive(2, 1));
    }
}
