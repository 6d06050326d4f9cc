namespace Symbolic.Spectral.Gram;

/// <summary>
/// The zonal kernel applied elementwise: values[i] = κ(t[i]) for cosines t[i] = ⟨xᵢ, zᵢ⟩ ∈ [−1, 1]. The Gram engine
/// calls it once per tile row block with spans it owns (values may be t itself); Spectral does not reference Core, so
/// the caller passes a compiled kernel here (e.g. a vectorised closed form's <c>Evaluate(t, values, 1)</c>).
/// Must be thread-safe: tiles are computed concurrently.
/// </summary>
/// <param name="t">The cosines, already clamped to [−1, 1].</param>
/// <param name="values">Receives κ(t); same length as <paramref name="t"/>.</param>
public delegate void ElementwiseMap(ReadOnlySpan<double> t, Span<double> values);

/// <summary>Progress of a Gram computation: <paramref name="tilesDone"/> of <paramref name="tilesTotal"/> tiles.
/// Called from worker threads, serialised by the engine.</summary>
/// <param name="tilesDone">Tiles finished so far.</param>
/// <param name="tilesTotal">Tiles to compute in all.</param>
public delegate void GramProgress(int tilesDone, int tilesTotal);
