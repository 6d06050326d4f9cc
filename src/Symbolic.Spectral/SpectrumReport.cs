using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral;

/// <summary>
/// Everything <c>symbolic spectrum</c> reports for one kernel: the Mercer eigenvalues on S^(d−1) with multiplicities
/// (fc-resnet.md §2), the Bietti–Bach asymptotics if end-point data are known (§3), power-law fits per parity and the
/// ratios μₖ/prediction, the trace check and the quadrature. Serialises (System.Text.Json) as
/// <c>{"dim", "eigenvalues": [{"k", "mu", "multiplicity", "error"}], "asymptotics": {"nu", "c1", "cminus1", "exponent",
/// "even_constant", "odd_constant", …}, "fit": {"kmin", "kmax", "even_slope", "odd_slope", …}, "ratios", "trace",
/// "quadrature"}</c>; null members and nulls inside are written as JSON null.
/// </summary>
/// <param name="Dimension">The ambient dimension d.</param>
/// <param name="Eigenvalues">μ₀ … μ_K with multiplicities.</param>
/// <param name="Asymptotics">The decay prediction, or null when ν, c₁, c₋₁ are unknown.</param>
/// <param name="Fit">Power-law fits over the window, per parity.</param>
/// <param name="Ratios">μₖ / prediction over the fit window; empty without a prediction.</param>
/// <param name="Trace">κ(1) against Σ N(d, k) μₖ.</param>
/// <param name="Quadrature">The quadrature rule and its convergence estimate.</param>
public sealed record SpectrumReport(
    [property: JsonPropertyName("dim")] int Dimension,
    [property: JsonPropertyName("eigenvalues")] ImmutableArray<MercerEigenvalue> Eigenvalues,
    [property: JsonPropertyName("asymptotics")] DecayPrediction? Asymptotics,
    [property: JsonPropertyName("fit")] DecayFitResult Fit,
    [property: JsonPropertyName("ratios")] ImmutableArray<PredictionRatio> Ratios,
    [property: JsonPropertyName("trace")] TraceCheck Trace,
    [property: JsonPropertyName("quadrature")] QuadratureReport Quadrature)
{
    /// <summary>
    /// Assembles the report from a computed spectrum, an optional prediction (same d) and a fit window
    /// (default <see cref="DegreeWindow.Default"/>: [⌈K/3⌉, K]).
    /// </summary>
    public static SpectrumReport Create(MercerSpectrum spectrum, DecayPrediction? prediction, DegreeWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        var range = (window ?? DegreeWindow.Default(Math.Max(1, spectrum.MaxDegree))).ClampTo(spectrum.MaxDegree);
        var ratios = prediction is null ? [] : DecayFit.RatiosToPrediction(spectrum, prediction, range);
        return new SpectrumReport(spectrum.Dimension, spectrum.Eigenvalues, prediction, DecayFit.PowerLaw(spectrum, range),
            ratios, spectrum.Trace, spectrum.Quadrature);
    }
}
