using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Sphere;

/// <summary>
/// The addition-theorem check κ(1) = Σₖ N(d, k) μₖ (fc-resnet.md §2) truncated at the computed degree K:
/// the partial sum Σ_(k≤K) N(d, k) μₖ and the missing tail κ(1) − Σ_(k≤K) N(d, k) μₖ. For a kernel with
/// μₖ ~ k^(−(d−1)−2ν) the tail decays like K^(−2ν), so a visible tail is expected for ν = ½ and is not an error.
/// </summary>
/// <param name="KernelAtOne">κ(1), the kernel on the diagonal (NaN if the kernel is not finite there).</param>
/// <param name="PartialSum">Σ_(k=0..K) N(d, k) μₖ, summed with compensation.</param>
/// <param name="MissingTail">κ(1) − Σ_(k=0..K) N(d, k) μₖ, the weight of the degrees above K plus quadrature error.</param>
/// <param name="Uncertainty">
/// Σ_(k≤K) N(d, k)·errorₖ, how much of the missing tail the eigenvalue error estimates could explain (multiplicities
/// amplify round-off in high dimensions); null without error estimates.
/// </param>
public sealed record TraceCheck(
    [property: JsonPropertyName("kernel_at_one")] double KernelAtOne,
    [property: JsonPropertyName("partial_sum")] double PartialSum,
    [property: JsonPropertyName("missing_tail")] double MissingTail,
    [property: JsonPropertyName("uncertainty")] double? Uncertainty)
{
    /// <summary>The missing tail relative to κ(1): (κ(1) − Σ N μₖ) / |κ(1)|; null when κ(1) is 0 or not finite.</summary>
    [JsonPropertyName("relative_missing_tail")]
    public double? RelativeMissingTail =>
        KernelAtOne == 0 || !double.IsFinite(KernelAtOne) ? null : MissingTail / Math.Abs(KernelAtOne);

    /// <summary>Forms the check from κ(1) and the eigenvalues with their multiplicities.</summary>
    public static TraceCheck From(double kernelAtOne, IReadOnlyList<MercerEigenvalue> eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        // Neumaier summation: the terms N μₖ span many orders of magnitude.
        double sum = 0, compensation = 0;
        foreach (var eigenvalue in eigenvalues)
        {
            var term = eigenvalue.Multiplicity * eigenvalue.Value;
            var next = sum + term;
            compensation += Math.Abs(sum) >= Math.Abs(term) ? sum - next + term : term - next + sum;
            sum = next;
        }

        var partial = sum + compensation;
        double? uncertainty = eigenvalues.All(e => e.ErrorEstimate is not null)
            ? eigenvalues.Sum(e => e.Multiplicity * e.ErrorEstimate!.Value)
            : null;
        return new TraceCheck(kernelAtOne, partial, kernelAtOne - partial, uncertainty);
    }
}
