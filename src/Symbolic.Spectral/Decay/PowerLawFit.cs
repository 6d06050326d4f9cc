using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// A least-squares line log μₖ = log A + s·log k over the degrees of one parity in a window: μₖ ≈ A·k^s.
/// Slope, prefactor and R² are null when fewer than two usable points remain (R² also when all log μₖ are equal).
/// Serialises as <c>{"slope", "prefactor", "r_squared", "points", "skipped"}</c>.
/// </summary>
/// <param name="Slope">The fitted exponent s (compare with −(d − 1) − 2ν).</param>
/// <param name="Prefactor">The fitted prefactor A = e^(intercept).</param>
/// <param name="RSquared">The coefficient of determination of the line in log–log space.</param>
/// <param name="Points">How many degrees entered the fit.</param>
/// <param name="Skipped">
/// How many degrees of this parity in the window were left out: μₖ ≤ 0, not finite, or not resolved above the
/// quadrature noise (a vanishing parity such as the odd degrees of the two-layer ReLU NTK is skipped entirely).
/// </param>
public sealed record PowerLawFit(
    [property: JsonPropertyName("slope")] double? Slope,
    [property: JsonPropertyName("prefactor")] double? Prefactor,
    [property: JsonPropertyName("r_squared")] double? RSquared,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("skipped")] int Skipped)
{
    /// <summary>True when the fit has a slope (at least two usable points).</summary>
    [JsonIgnore]
    public bool HasSlope => Slope is not null;

    /// <summary>The fitted law A·k^s at degree k (NaN without a fit).</summary>
    public double Evaluate(int degree) =>
        Slope is { } slope && Prefactor is { } prefactor ? prefactor * Math.Pow(degree, slope) : double.NaN;
}
