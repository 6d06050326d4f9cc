using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Sphere;

/// <summary>
/// One Mercer eigenvalue μₖ of a zonal kernel on S^(d−1) under the uniform probability measure, with its
/// multiplicity N(d, k) (fc-resnet.md §2). Serialises as <c>{"k": …, "mu": …, "multiplicity": …, "error": …}</c>.
/// </summary>
/// <param name="Degree">The harmonic degree k ≥ 0.</param>
/// <param name="Value">μₖ = (ω_(d−2)/ω_(d−1)) ∫₀^π κ(cos θ) Pₖ^(d)(cos θ) sin^(d−2)θ dθ.</param>
/// <param name="Multiplicity">N(d, k), the number of independent degree-k harmonics (exact below 2⁵³).</param>
/// <param name="ErrorEstimate">
/// max(|μₖ(n) − μₖ(2n)|, round-off floor): the difference between the comparison rule and the returned rule (a
/// conservative estimate of the quadrature error), but never below the round-off floor 128·u·Σᵢ|termᵢ| of the
/// quadrature sum; null when the convergence check was switched off.
/// </param>
public sealed record MercerEigenvalue(
    [property: JsonPropertyName("k")] int Degree,
    [property: JsonPropertyName("mu")] double Value,
    [property: JsonPropertyName("multiplicity")] double Multiplicity,
    [property: JsonPropertyName("error")] double? ErrorEstimate)
{
    /// <summary>True when k is even; for the parity-split laws μₖ ~ (c₁ + (−1)ᵏc₋₁)·C(d, ν)·k^(−(d−1)−2ν).</summary>
    [JsonIgnore]
    public bool IsEven => Degree % 2 == 0;

    /// <summary>
    /// True when μₖ is positive and exceeds ten times its error estimate, i.e. it is resolved above quadrature and
    /// round-off noise (exact zeros such as the odd eigenvalues of the two-layer ReLU NTK come out as noise and fail
    /// this); without an estimate, true when μₖ &gt; 0.
    /// </summary>
    [JsonIgnore]
    public bool IsResolvedPositive => Value > 0 && double.IsFinite(Value) && !(Value <= 10 * (ErrorEstimate ?? 0));
}
