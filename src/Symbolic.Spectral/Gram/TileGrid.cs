namespace Symbolic.Spectral.Gram;

/// <summary>
/// The split of n points into <see cref="Tiles"/> contiguous blocks of ⌈n/T⌉ points (the last may be shorter), used by
/// the tile API: array job (i, j) of a T×T grid computes K over block i × block j, and <see cref="GramMerge"/> joins
/// the blocks. For K(X, X) only the tiles i ≤ j are needed; the others are their transposes.
/// </summary>
public sealed record TileGrid
{
    /// <summary>A grid of <paramref name="tiles"/> blocks per side over <paramref name="count"/> points.</summary>
    /// <exception cref="ArgumentOutOfRangeException">tiles &lt; 1 or tiles &gt; count (an empty block).</exception>
    public TileGrid(long count, int tiles)
    {
        if (Check(count, tiles) is { } error) throw new ArgumentOutOfRangeException(nameof(tiles), tiles, error);
        (Count, Tiles) = (count, tiles);
        BlockSize = (count + tiles - 1) / tiles;
    }

    /// <summary>Null when a grid of <paramref name="tiles"/> over <paramref name="count"/> points has no empty
    /// block, otherwise a message for the user.</summary>
    public static string? Check(long count, int tiles) =>
        tiles < 1 ? $"the number of tiles per side must be at least 1, got {tiles}"
        : (count + tiles - 1) / tiles * (tiles - 1) >= count ? $"{tiles} tiles per side over {count} points would leave an empty tile (blocks of {(count + tiles - 1) / tiles} points); at most {MaxTiles(count)} tiles are possible"
        : null;

    /// <summary>The largest T with no empty block over <paramref name="count"/> points.</summary>
    public static int MaxTiles(long count)
    {
        int best = 1;
        for (int t = 1; t <= Math.Min(count, 1 << 16); t++)
            if ((count + t - 1) / t * (t - 1) < count) best = t;
        return best;
    }

    /// <summary>The number of points n.</summary>
    public long Count { get; }

    /// <summary>Tiles per side T.</summary>
    public int Tiles { get; }

    /// <summary>Points per block ⌈n/T⌉.</summary>
    public long BlockSize { get; }

    /// <summary>The first point of block <paramref name="index"/> and its length.</summary>
    public (long Start, int Length) Block(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Tiles);
        long start = index * BlockSize;
        return (start, (int)(Math.Min(Count, start + BlockSize) - start));
    }
}
