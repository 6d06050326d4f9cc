using System.Text.Json.Serialization;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// An inclusive window kmin ≤ k ≤ kmax of harmonic degrees for fitting log μₖ against log k.
/// Serialises as <c>{"kmin": …, "kmax": …}</c>.
/// </summary>
/// <param name="Min">The smallest degree kmin ≥ 1 (log 0 is undefined).</param>
/// <param name="Max">The largest degree kmax ≥ kmin.</param>
public sealed record DegreeWindow(
    [property: JsonPropertyName("kmin")] int Min,
    [property: JsonPropertyName("kmax")] int Max)
{
    /// <summary>Null when 1 ≤ kmin ≤ kmax, otherwise a message for the user.</summary>
    public static string? Check(int min, int max) =>
        min < 1 ? $"The fit window must start at k >= 1; got kmin = {min}."
        : max < min ? $"The fit window must have kmin <= kmax; got [{min}, {max}]."
        : null;

    /// <summary>The window [⌈K/3⌉, K] (at least [1, K]): low degrees are pre-asymptotic and bias the slope.</summary>
    public static DegreeWindow Default(int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegree, 1);
        return new DegreeWindow(Math.Max(1, (maxDegree + 2) / 3), maxDegree);
    }

    /// <summary>True when kmin ≤ k ≤ kmax.</summary>
    public bool Contains(int degree) => Min <= degree && degree <= Max;

    /// <summary>The window restricted to degrees 1 … K (an empty intersection leaves kmin &gt; kmax).</summary>
    public DegreeWindow ClampTo(int maxDegree) => new(Math.Max(1, Min), Math.Min(Max, maxDegree));
}
