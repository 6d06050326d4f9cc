using System.Text.Json.Serialization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// One row of a multi-sphere spectrum table (conv-dense.md §2.5, §2.6). Serialises as
/// <c>{"k", "lambda", "error", "multiplicity", "gap", "window", "level", "predicted_exponent", "predicted_zero"}</c>.
/// </summary>
/// <param name="Frequency">The frequency vector k (degree kᵢ at pixel i).</param>
/// <param name="Lambda">The Eq eigenvalue λ_k.</param>
/// <param name="Error">Its error estimate.</param>
/// <param name="Multiplicity">∏ᵢ N(C0, kᵢ).</param>
/// <param name="Gap">The GAP eigenvalue (1/d)Σ_s λ_(τ_s k).</param>
/// <param name="WindowSize">|W| of the smallest hierarchical window containing supp(k) (null for k = 0 or outside the receptive field).</param>
/// <param name="WindowLevel">The level of that window.</param>
/// <param name="PredictedExponent">|W|(C0 − 1) + 2s (null when undefined).</param>
/// <param name="PredictedZero">Whether λ_k = 0 exactly by the receptive field or (L = 1) parity.</param>
public sealed record MultiSphereRow(
    [property: JsonPropertyName("k")] int[] Frequency,
    [property: JsonPropertyName("lambda")] double Lambda,
    [property: JsonPropertyName("error")] double Error,
    [property: JsonPropertyName("multiplicity")] double Multiplicity,
    [property: JsonPropertyName("gap")] double Gap,
    [property: JsonPropertyName("window")] int? WindowSize,
    [property: JsonPropertyName("level")] int? WindowLevel,
    [property: JsonPropertyName("predicted_exponent")] double? PredictedExponent,
    [property: JsonPropertyName("predicted_zero")] bool PredictedZero);
