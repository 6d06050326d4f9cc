namespace Symbolic.Spectral.Gram;

/// <summary>Fills one cache tile: rows [r₀, r₀ + nᵣ) × columns [c₀, c₀ + n_c) of the matrix, row-major into
/// <paramref name="block"/>; <paramref name="onDiagonal"/> when the tile straddles the diagonal of a symmetric region.</summary>
public delegate void GramTileFill(long rowStart, int rowCount, long columnStart, int columnCount, Span<double> block, bool onDiagonal);

/// <summary>
/// The tile driver every Gram matrix shares: the rows × columns region is cut into <see cref="GramOptions.TileSize"/>
/// tiles run in parallel (<see cref="GramOptions.Threads"/>, cancellable, with progress). Over a symmetric region only
/// tiles on and above the diagonal are filled; each off-diagonal one is also handed to the sink transposed. Tiles land in
/// the sink relative to the region's corner. Each tile's values depend on its own entries only, so results do not depend
/// on the thread count.
/// </summary>
public static class GramTiles
{
    /// <summary>Fills the region tile by tile with <paramref name="fill"/> and hands every tile to <paramref name="sink"/>.</summary>
    /// <exception cref="OperationCanceledException"><see cref="GramOptions.Cancellation"/> was triggered.</exception>
    public static void Run((long Start, int Length) rows, (long Start, int Length) columns, bool symmetric, GramTileFill fill,
        IGramSink sink, GramOptions options)
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TileSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        int size = options.TileSize;
        int rowTiles = (rows.Length + size - 1) / size, columnTiles = (columns.Length + size - 1) / size;
        var tiles = new List<(int I, int J)>();
        for (int i = 0; i < rowTiles; i++)
            for (int j = symmetric ? i : 0; j < columnTiles; j++) tiles.Add((i, j));
        int done = 0;
        var gate = new object();
        Parallel.ForEach(tiles, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = options.Cancellation },
            () => (Block: new double[size * size], Transposed: new double[size * size]),
            (tile, _, buffers) =>
            {
                int r0 = tile.I * size, c0 = tile.J * size;
                int nr = Math.Min(size, rows.Length - r0), nc = Math.Min(size, columns.Length - c0);
                var block = buffers.Block.AsSpan(0, nr * nc);
                fill(rows.Start + r0, nr, columns.Start + c0, nc, block, symmetric && tile.I == tile.J);
                sink.Put(r0, c0, nr, nc, block);
                if (symmetric && tile.I != tile.J)
                {
                    var transposed = buffers.Transposed.AsSpan(0, nr * nc);
                    for (int i = 0; i < nr; i++)
                        for (int j = 0; j < nc; j++) transposed[j * nr + i] = block[i * nc + j];
                    sink.Put(c0, r0, nc, nr, transposed);
                }
                if (options.Progress is { } progress)
                    lock (gate) progress(++done, tiles.Count);
                return buffers;
            },
            _ => { });
    }
}
