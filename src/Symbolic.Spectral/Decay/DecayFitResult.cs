using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// Power-law fits of μₖ over a degree window, separately for even and odd k (the two parities have different
/// constants (c₁ ± c₋₁)·C(d, ν), and one may vanish). Serialises as
/// <c>{"kmin", "kmax", "even_slope", "odd_slope", "even": {…}, "odd": {…}}</c>.
/// </summary>
/// <param name="Window">The requested degree window (clamped to the computed degrees).</param>
/// <param name="Even">The fit over even k in the window.</param>
/// <param name="Odd">The fit over odd k in the window.</param>
public sealed record DecayFitResult(
    [property: JsonIgnore] DegreeWindow Window,
    [property: JsonPropertyName("even")] PowerLawFit Even,
    [property: JsonPropertyName("odd")] PowerLawFit Odd)
{
    /// <summary>The first degree of the window, kmin.</summary>
    [JsonPropertyName("kmin")]
    [JsonPropertyOrder(-3)]
    public int Min => Window.Min;

    /// <summary>The last degree of the window, kmax.</summary>
    [JsonPropertyName("kmax")]
    [JsonPropertyOrder(-2)]
    public int Max => Window.Max;

    /// <summary>The fitted exponent over even k (null without enough usable points).</summary>
    [JsonPropertyName("even_slope")]
    [JsonPropertyOrder(-1)]
    public double? EvenSlope => Even.Slope;

    /// <summary>The fitted exponent over odd k (null without enough usable points).</summary>
    [JsonPropertyName("odd_slope")]
    [JsonPropertyOrder(-1)]
    public double? OddSlope => Odd.Slope;
}
