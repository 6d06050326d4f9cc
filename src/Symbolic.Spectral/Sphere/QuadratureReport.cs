using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Sphere;

/// <summary>
/// The quadrature behind a <see cref="MercerSpectrum"/>: Gauss–Legendre in θ ∈ [0, π] with <see cref="Nodes"/>
/// nodes for the returned eigenvalues, compared with a rule of <see cref="ComparisonNodes"/> nodes.
/// </summary>
/// <param name="Nodes">Nodes of the rule that produced the returned eigenvalues (2n with the check, else n).</param>
/// <param name="ComparisonNodes">Nodes n of the coarser comparison rule; null when the check was switched off.</param>
/// <param name="MaxAbsoluteDifference">maxₖ |μₖ(n) − μₖ(2n)|; null when the check was switched off.</param>
/// <param name="NonFiniteSamples">
/// How many kernel samples κ(cos θᵢ) were NaN or infinite (then the affected eigenvalues are NaN); 0 normally.
/// </param>
public sealed record QuadratureReport(
    [property: JsonPropertyName("nodes")] int Nodes,
    [property: JsonPropertyName("comparison_nodes")] int? ComparisonNodes,
    [property: JsonPropertyName("max_abs_difference")] double? MaxAbsoluteDifference,
    [property: JsonPropertyName("non_finite_samples")] int NonFiniteSamples)
{
    /// <summary>A short description of the rule, "Gauss–Legendre in θ on [0, π]".</summary>
    [JsonPropertyName("rule")]
    public string Rule => "Gauss-Legendre in theta on [0, pi]";
}
