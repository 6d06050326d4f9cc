using Symbolic.Spectral.Polynomials;

namespace Symbolic.Spectral.Regression;

/// <summary>
/// A synthetic target on S^(d−1) that is a finite sum of spherical harmonics: f(x) = Σⱼ aⱼ P_{kⱼ}^(d)(⟨x, zⱼ⟩), where
/// P_k^(d) is the normalised Gegenbauer polynomial (P_k(1) = 1) and zⱼ are unit vectors. Each term is a spherical
/// harmonic of degree kⱼ (addition theorem, fc-resnet.md §2), so f lies in the span of degrees {kⱼ}.
/// </summary>
/// <param name="Dimension">The ambient dimension d.</param>
/// <param name="Terms">The degrees, amplitudes and directions (unit vectors of length d).</param>
public sealed record HarmonicTarget(int Dimension, IReadOnlyList<(int Degree, double Amplitude, double[] Direction)> Terms)
{
    /// <summary>A target with one term per degree in <paramref name="degrees"/>, amplitude 1 each, and directions drawn
    /// uniformly with <paramref name="seed"/>.</summary>
    public static HarmonicTarget Random(int dimension, IReadOnlyList<int> degrees, int seed)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        var directions = SpherePoints.Uniform(degrees.Count, dimension, seed);
        return new HarmonicTarget(dimension, degrees.Select((k, i) => (k, 1.0, directions[i])).ToList());
    }

    /// <summary>f(x) = Σⱼ aⱼ P_{kⱼ}^(d)(⟨x, zⱼ⟩).</summary>
    public double Evaluate(double[] x) =>
        Terms.Sum(term => term.Amplitude * Gegenbauer.Normalized(term.Degree, Dimension, SpherePoints.Cosine(x, term.Direction)));
}
