namespace Symbolic.Spectral.Gram;

/// <summary>How the Gram engine works: cache tile size, threads, clamping and progress.</summary>
public sealed record GramOptions
{
    /// <summary>The defaults: 128×128 cache tiles, all processors, clamp 1e-12, no progress.</summary>
    public static GramOptions Default { get; } = new();

    /// <summary>Points per side of a cache tile (the output block, two input panels of TileSize·d doubles and the
    /// map's scratch fit in L2 for d ≤ 256 at the default 128).</summary>
    public int TileSize { get; init; } = 128;

    /// <summary>Worker threads (tiles are distributed over them).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Cosines ⟨x, z⟩ of unit vectors may round past ±1 by a few ulp: values within this slack are clamped
    /// to ±1 before the map (the map then sees only t ∈ [−1, 1]); values further out mean non-normalised input and
    /// are passed through unclamped, so the map returns NaN for them.</summary>
    public double ClampSlack { get; init; } = 1e-12;

    /// <summary>Called after each finished cache tile, or null.</summary>
    public GramProgress? Progress { get; init; }

    /// <summary>Stops the computation between tiles (throwing <see cref="OperationCanceledException"/>).</summary>
    public CancellationToken Cancellation { get; init; }
}
