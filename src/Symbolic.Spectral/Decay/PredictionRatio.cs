using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// μₖ compared with the Bietti–Bach prediction at one degree, in the Γ-ratio form
/// (c₁ + (−1)ᵏc₋₁)·C(d, ν)·Γ(k − ν)/Γ(k + ν + d − 1) and as the bare power (c₁ + (−1)ᵏc₋₁)·C(d, ν)·k^(−(d−1)−2ν)
/// (fc-resnet.md §3). Serialises as <c>{"k", "mu", "predicted", "ratio", "power_law", "power_law_ratio"}</c>.
/// </summary>
/// <param name="Degree">The degree k ≥ 1.</param>
/// <param name="Eigenvalue">The computed μₖ.</param>
/// <param name="Predicted">The Γ-ratio prediction (0 for a parity that decays faster).</param>
/// <param name="Ratio">μₖ / predicted, → 1 as k → ∞ with error O(k⁻²); null when the prediction is 0.</param>
/// <param name="PowerLaw">The bare power-law prediction.</param>
/// <param name="PowerLawRatio">μₖ / power law, → 1 with error O(1/k); null when the prediction is 0.</param>
public sealed record PredictionRatio(
    [property: JsonPropertyName("k")] int Degree,
    [property: JsonPropertyName("mu")] double Eigenvalue,
    [property: JsonPropertyName("predicted")] double Predicted,
    [property: JsonPropertyName("ratio")] double? Ratio,
    [property: JsonPropertyName("power_law")] double PowerLaw,
    [property: JsonPropertyName("power_law_ratio")] double? PowerLawRatio)
{
    /// <summary>Compares μₖ with <paramref name="prediction"/> at degree k ≥ 1.</summary>
    public static PredictionRatio At(int degree, double eigenvalue, DecayPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var predicted = prediction.Predict(degree);
        var power = prediction.PowerLaw(degree);
        return new PredictionRatio(degree, eigenvalue, predicted, predicted == 0 ? null : eigenvalue / predicted,
            power, power == 0 ? null : eigenvalue / power);
    }
}
