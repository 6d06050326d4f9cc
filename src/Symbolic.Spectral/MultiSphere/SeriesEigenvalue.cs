using MathNet.Numerics;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// An eigenvalue λ_k = Σₘ Sₘ from the degree shells Sₘ = Σ_(|n| = m) bₙ∏ᵢμ(nᵢ, kᵢ) of a truncated power series
/// (conv-dense.md §2.5). The shells decay only algebraically (the kernel is non-analytic where a window is aligned,
/// §2.6: Sₘ ~ C·m^(−p) with p around |W|(C0−1)/2 + s + 1 … ), so the truncated sum misses a tail. The tail is
/// estimated by fitting log Sₘ = log C − p·log m over the upper half of the non-zero shells (m ∈ [N/2, N]) and
/// summing C·m^(−p) over the missing shells of the same parity; a second fit over the upper quarter gives a second tail,
/// and the error estimate is |tail(½) − tail(¼)| + ¼·tail(¼).
/// </summary>
/// <param name="Value">The truncated sum plus the upper-quarter tail estimate.</param>
/// <param name="Truncated">Σ_(m ≤ N) Sₘ (a lower bound of λ_k, every term being ≥ 0).</param>
/// <param name="Tail">The estimated Σ_(m &gt; N) Sₘ (0 when every shell vanishes).</param>
/// <param name="DecayExponent">The fitted shell exponent p (NaN without a fit).</param>
/// <param name="ErrorEstimate">The uncertainty of <see cref="Value"/> (+∞ when the tail could not be fitted).</param>
public sealed record SeriesEigenvalue(double Value, double Truncated, double Tail, double DecayExponent, double ErrorEstimate)
{
    /// <summary>Estimates λ_k from its shells S₀ … S_N.</summary>
    public static SeriesEigenvalue FromShells(IReadOnlyList<double> shells)
    {
        ArgumentNullException.ThrowIfNull(shells);
        var truncated = shells.Sum();
        var n = shells.Count - 1;
        var last = Enumerable.Range(0, shells.Count).LastOrDefault(m => shells[m] > 0, -1);
        if (last < 0) return new SeriesEigenvalue(truncated, truncated, 0, double.NaN, 0);
        var (tailHalf, _) = FitTail(shells, last, n / 2);
        var (tailQuarter, exponent) = FitTail(shells, last, 3 * n / 4);
        if (!double.IsFinite(tailHalf) || !double.IsFinite(tailQuarter))
            return new SeriesEigenvalue(truncated, truncated, double.NaN, exponent, double.PositiveInfinity);
        return new SeriesEigenvalue(truncated + tailQuarter, truncated, tailQuarter, exponent,
            Math.Abs(tailHalf - tailQuarter) + 0.25 * tailQuarter);
    }

    private static (double Tail, double Exponent) FitTail(IReadOnlyList<double> shells, int last, int from)
    {
        var parity = last % 2;
        var points = Enumerable.Range(Math.Max(1, from), shells.Count - Math.Max(1, from))
            .Where(m => m % 2 == parity && shells[m] > 0).ToArray();
        if (points.Length < 3) return (double.NaN, double.NaN);
        var (intercept, slope) = Fit.Line(points.Select(m => Math.Log(m)).ToArray(), points.Select(m => Math.Log(shells[m])).ToArray());
        var p = -slope;
        if (!(p > 1.05)) return (double.PositiveInfinity, p);
        var c = Math.Exp(intercept);
        // Σ over m = N+1 or N+2, … (same parity) up to X explicitly, then ∫_X^∞ C m^(−p) dm/2.
        var n = shells.Count - 1;
        var start = n + 1 + ((n + 1) % 2 == parity ? 0 : 1);
        var end = Math.Max(start, 16 * Math.Max(1, n));
        var tail = 0.0;
        for (var m = start; m <= end; m += 2) tail += c * Math.Pow(m, -p);
        tail += c * Math.Pow(end + 1, 1 - p) / (2 * (p - 1));
        return (tail, p);
    }
}
