using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

public sealed partial class PuiseuxSeries
{
    /// <summary>
    /// F(s) = Σ a_k sᵏ for this series s, which must have no constant term and no pole (s → 0), by Horner's rule on
    /// series truncated at u^order (default: this series' order). Only the a_k with k·val(s) below the order are
    /// requested: <paramref name="coefficients"/>(K) must return a₀ … a_{K−1}.
    /// </summary>
    /// <exception cref="ArgumentException">The series has a constant term or a pole.</exception>
    public PuiseuxSeries Compose(Func<int, IReadOnlyList<Expr>> coefficients, Rational? order = null)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        for (int k = Stream.Valuation; k <= 0; k++)
            if (!CoefficientAlgebra.IsZero(Stream[k]))
                throw new ArgumentException("Composition needs a series without constant term or pole.", nameof(coefficients));
        int n = Ramification;
        int cap = CapIndex(order ?? Order ?? throw new ArgumentException(
            "An exact series needs an explicit order for a composition.", nameof(order)), n);
        if (cap <= 0) return new(new CutStream(0, [], cap), n);

        int v = Math.Max(Stream.Valuation, 1);
        while (v < cap && CoefficientAlgebra.IsZero(Stream[v])) v++;
        int terms = v >= cap ? 1 : (cap + v - 1) / v;   // k = 0 … K with K·v < cap
        var a = coefficients(terms);
        if (a.Count < terms) throw new ArgumentException($"Expected {terms} coefficients, got {a.Count}.", nameof(coefficients));

        var inner = new Expr[cap];
        for (int j = 0; j < cap; j++) inner[j] = j < v ? Number.Zero : Stream[j];
        var acc = new Expr[cap];
        Array.Fill(acc, Number.Zero);
        acc[0] = a[terms - 1];
        // acc_k = a_k + s·acc_{k+1} is multiplied by sᵏ afterwards, so only its indices below cap − k·v matter.
        for (int k = terms - 2; k >= 0; k--)
        {
            int limit = cap - k * v;
            var buckets = new List<Expr>?[cap];
            for (int i = 0; i < limit; i++)
            {
                if (CoefficientAlgebra.IsZero(acc[i])) continue;
                for (int j = v; i + j < limit; j++)
                {
                    if (CoefficientAlgebra.IsZero(inner[j])) continue;
                    (buckets[i + j] ??= []).Add(CoefficientAlgebra.Multiply(acc[i], inner[j]));
                }
            }
            (buckets[0] ??= []).Add(a[k]);
            for (int i = 0; i < cap; i++) acc[i] = buckets[i] is { } b ? CoefficientAlgebra.Sum(b) : Number.Zero;
        }
        return new(new CutStream(0, acc, cap), n);
    }
}
