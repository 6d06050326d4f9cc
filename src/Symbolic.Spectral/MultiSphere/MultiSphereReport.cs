using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The spectrum of an Eq conv kernel on MS(C0, d): one row per frequency vector, the §2.7 locality ratios and the
/// constant-eigenfunction eigenvalue λ₀ for the §2.8 large-n condition number 1 + n·λ₀/(1 − λ₀).
/// Serialises as <c>{"kernel", "channels", "pixels", "method", "lambda0", "trace", "rows", "locality"}</c>.
/// </summary>
/// <param name="Kernel">The kernel's name (ResCGPK, CNTK, …).</param>
/// <param name="Channels">C0.</param>
/// <param name="Pixels">d.</param>
/// <param name="Method">The route (torus cosine transform or power series) and its resolution.</param>
/// <param name="ConstantEigenvalue">λ₀ = E_z K(x, z), the k = 0 eigenvalue of the normalised kernel.</param>
/// <param name="TruncatedTrace">Σ over the table of multiplicity·λ_k (≤ 1; the rest lies at higher frequencies).</param>
/// <param name="Rows">Every k ∈ {0 … K}^d.</param>
/// <param name="Locality">The standard locality ratios (empty when d &lt; 4).</param>
public sealed record MultiSphereReport(
    [property: JsonPropertyName("kernel")] string Kernel,
    [property: JsonPropertyName("channels")] int Channels,
    [property: JsonPropertyName("pixels")] int Pixels,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("lambda0")] double ConstantEigenvalue,
    [property: JsonPropertyName("trace")] double TruncatedTrace,
    [property: JsonPropertyName("rows")] ImmutableArray<MultiSphereRow> Rows,
    [property: JsonPropertyName("locality")] ImmutableArray<LocalityRatio> Locality)
{
    /// <summary>The large-n condition-number prediction 1 + n·λ₀/(1 − λ₀) for n points (§2.8).</summary>
    public double PredictedCondition(int n) => ConditionNumbers.LargeN(ConstantEigenvalue, n);
}
