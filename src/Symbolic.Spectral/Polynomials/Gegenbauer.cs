namespace Symbolic.Spectral.Polynomials;

/// <summary>
/// Gegenbauer (ultraspherical) polynomials Cₖ^α and the Legendre polynomials of dimension d normalised at 1,
/// Pₖ^(d) = Cₖ^λ / Cₖ^λ(1) with λ = (d − 2)/2, so Pₖ^(d)(1) = 1 (fc-resnet.md §2).
/// Pₖ^(2)(cos θ) = cos kθ (Chebyshev), Pₖ^(3) is the ordinary Legendre polynomial.
/// </summary>
/// <remarks>
/// All values come from the three-term recurrence (k + d − 2)Pₖ₊₁ = (2k + d − 2) t Pₖ − k Pₖ₋₁, P₀ = 1, P₁ = t,
/// run forward (stable on [−1, 1]). For |t| ≥ ½ it is run in Reinsch's difference form: with s = |t| and
/// u = 1 − s (exact in floating point for s ∈ [½, 1], Sterbenz), Dₖ₊₁ = Pₖ₊₁ − Pₖ obeys
/// (k + d − 2)Dₖ₊₁ = k Dₖ − (2k + d − 2) u Pₖ, and Pₖ(t) = (±1)ᵏ Pₖ(s). Near t = ±1 (small angles θ) the plain
/// recurrence amplifies round-off by up to min(k, 1/θ) (errors up to 1.4e-12 at k = 1000, t = 1 − 10⁻⁸); the
/// difference form works with the small quantity u ≈ θ²/2 directly and stays within a few ulps of 40-digit values
/// at k = 1000 for d = 2, 3, 5. Inside |t| &lt; ½ the plain recurrence is the more accurate of the two.
/// </remarks>
public static class Gegenbauer
{
    /// <summary>
    /// Cₖ^α(t) by (m + 1)Cₘ₊₁ = 2(m + α) t Cₘ − (m + 2α − 1)Cₘ₋₁, C₀ = 1, C₁ = 2αt (DLMF 18.9.1), for α &gt; −½, α ≠ 0
    /// (for α = 0 all Cₖ⁰ with k ≥ 1 vanish; use <see cref="Normalized"/> with d = 2 for Chebyshev).
    /// </summary>
    public static double Evaluate(int degree, double alpha, double t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        if (!(alpha > -0.5) || alpha == 0)
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "Gegenbauer parameter must satisfy α > −1/2, α ≠ 0.");
        if (degree == 0) return 1;
        double previous = 1, current = 2 * alpha * t;
        for (var m = 1; m < degree; m++)
        {
            var next = (2 * (m + alpha) * t * current - (m + 2 * alpha - 1) * previous) / (m + 1);
            previous = current;
            current = next;
        }

        return current;
    }

    /// <summary>Cₖ^α(1) = Γ(k + 2α) / (k! Γ(2α)) = (2α)ₖ / k!, the normalisation of <see cref="Normalized"/>.</summary>
    public static double ValueAtOne(int degree, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var value = 1.0;
        for (var m = 0; m < degree; m++) value *= (2 * alpha + m) / (m + 1);
        return value;
    }

    /// <summary>Pₖ^(d)(t) with Pₖ^(d)(1) = 1, for dimension d ≥ 2 (fc-resnet.md §2).</summary>
    public static double Normalized(int degree, int dimension, double t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        var values = degree < 256 ? stackalloc double[degree + 1] : new double[degree + 1];
        NormalizedAll(dimension, t, values);
        return values[degree];
    }

    /// <summary>Pₖ^(d)(t) for every k = 0 … K in one pass of the recurrence; returns an array of length K + 1.</summary>
    public static double[] NormalizedAll(int maxDegree, int dimension, double t)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegree);
        var values = new double[maxDegree + 1];
        NormalizedAll(dimension, t, values);
        return values;
    }

    /// <summary>Fills <paramref name="values"/>[k] = Pₖ^(d)(t) for k = 0 … values.Length − 1 in one pass.</summary>
    public static void NormalizedAll(int dimension, double t, Span<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        new GegenbauerRecurrence(dimension, Math.Max(0, values.Length - 1)).Fill(t, values);
    }
}
