using System.Collections.Immutable;
using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Polynomial expansion, bounded so that it cannot explode a kernel DAG: a product is distributed over its sum
/// factors, and a small positive integer power of a sum is multiplied out, only when the expanded result has at
/// most a given number of terms; otherwise the node is left factored. Both identities hold for all real values.
/// </summary>
public static class ExpandRules
{
    /// <summary>Default most terms an expansion may produce.</summary>
    public const int DefaultMaxTerms = 32;

    /// <summary>Default largest exponent n for which (a + b + …)ⁿ is multiplied out.</summary>
    public const int DefaultMaxPower = 4;

    /// <summary>Bound on the unmerged products formed while expanding a power (before like terms merge).</summary>
    private const int MaxRawProducts = 4096;

    /// <summary>The expansion rules with the default limits.</summary>
    public static ImmutableArray<Rule> All { get; } = Create(DefaultMaxTerms, DefaultMaxPower);

    /// <summary>The distributive rule: c·(a₁ + … + aₘ)·(b₁ + … + bₙ)·r = Σᵢⱼ c·aᵢ·bⱼ·r, applied only when the number of
    /// products Πₖ(parts of sum k) is at most <paramref name="maxTerms"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTerms"/> is less than 1.</exception>
    public static Rule Distribute(int maxTerms)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTerms, 1);
        return new("distribute", $"c·(a + b)·r = c·a·r + c·b·r, at most {maxTerms} terms", e =>
        {
            if (e is not Product p || !p.Factors.Any(f => f is Sum)) return null;
            long count = 1;
            foreach (var f in p.Factors)
                if (f is Sum s && (count *= Patterns.PartCount(s)) > maxTerms) return null;
            var sums = p.Factors.OfType<Sum>().ToList();
            var others = p.Factors.Where(f => f is not Sum).Prepend(Number.Of(p.Coefficient)).ToArray();
            return Expand(Multiply(others), sums);
        });
    }

    /// <summary>(a₁ + … + aₖ)ⁿ multiplied out, for 2 ≤ n ≤ <paramref name="maxPower"/> when the expansion has at most
    /// <paramref name="maxTerms"/> monomials, C(n + k − 1, k − 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is less than 1.</exception>
    public static Rule ExpandPower(int maxTerms, int maxPower)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTerms, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPower, 1);
        return new("expand-power", $"(a + b)ⁿ multiplied out for n ≤ {maxPower}, at most {maxTerms} terms", e =>
        {
            if (e is not Power(Sum s, Number { Value: { IsInteger: true } n }) || n < 2 || n > maxPower) return null;
            int k = Patterns.PartCount(s), power = (int)n.Numerator;
            if (Binomial(power + k - 1, k - 1) > maxTerms || BigInteger.Pow(k, power) > MaxRawProducts) return null;
            return Expand(Number.One, Enumerable.Repeat(s, power).ToList());
        });
    }

    /// <summary>Both expansion rules with the given limits.</summary>
    public static ImmutableArray<Rule> Create(int maxTerms, int maxPower) => [Distribute(maxTerms), ExpandPower(maxTerms, maxPower)];

    // Σ over the cartesian product of the sums' parts of prefix·part₁·part₂·…, multiplied in canonical form.
    private static Expr Expand(Expr prefix, List<Sum> sums)
    {
        if (prefix.IsExact && sums.TrueForAll(s => s.IsExact)) return ExpandExact(prefix, sums);
        List<Expr> products = [prefix];
        foreach (var s in sums)
        {
            var parts = Patterns.Parts(s).ToList();
            products = [.. products.SelectMany(x => parts.Select(part => Multiply(x, part)))];
        }
        return Add([.. products]);
    }

    // The same sum for exact operands, without the nodes Expand builds only to take apart: each part cᵢ·bᵢ, and each
    // final product. For exact x = C·M (SplitCoefficient) the canonical x·(c·b) is C·c·(M·b) — the product merges the
    // same bases either way and only rescales — so a product is carried as its coefficient and monic part, and the
    // last factor goes straight into the sum (TermCollector.AddScaled adds C·c·(M·b) as Add would).
    private static Expr ExpandExact(Expr prefix, List<Sum> sums)
    {
        List<Expr> products = [prefix];
        for (int k = 0; k < sums.Count - 1; k++)
        {
            var s = sums[k];
            var next = new List<Expr>(products.Count * Patterns.PartCount(s));
            foreach (var x in products)
            {
                var (c, monic) = SplitCoefficient(x);
                if (!s.Constant.IsZero) next.Add(Scale(s.Constant, x));
                foreach (var (d, body) in s.Terms) next.Add(Scale(c * d, Multiply(monic, body)));
            }
            products = next;
        }
        var last = sums[^1];
        var sum = Algebra.TermCollector.Rent();
        foreach (var x in products)
        {
            var (c, monic) = SplitCoefficient(x);
            if (!last.Constant.IsZero) sum.AddScaled(last.Constant, x);
            foreach (var (d, body) in last.Terms) sum.AddScaled(c * d, Multiply(monic, body));
        }
        return sum.ToExpr();
    }

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger result = BigInteger.One;
        for (int i = 1; i <= k; i++) result = result * (n - k + i) / i;
        return result;
    }
}
