using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>
/// The Gram matrix K(xᵢ, xⱼ) of an image kernel (conv-dense.md §2.2–2.3) over a region of one image set, in cache tiles
/// run in parallel through the thread-safe <see cref="ImageKernelEvaluator.Gram"/> (public API only). Over a square region
/// only tiles on and above the diagonal are computed, each off-diagonal one is also written transposed and diagonal tiles
/// copy their upper triangle down, so the matrix is exactly symmetric. Normalised entries are K(xᵢ, xⱼ)/√(K(xᵢ, xᵢ)K(xⱼ, xⱼ)) with the diagonals of
/// <see cref="ImageKernelEvaluator.Diagonal"/>. Every entry depends on its two images only, so results do not depend on
/// the thread count.
/// </summary>
public static class ImageGramEngine
{
    /// <summary>The block of rows × columns of K(X, X), handed to <paramref name="sink"/> relative to the block's corner.</summary>
    /// <exception cref="OperationCanceledException"><see cref="GramOptions.Cancellation"/> was triggered.</exception>
    public static void Compute(ImageKernelEvaluator evaluator, ImagePoints points, KernelKind kind, bool normalize,
        (long Start, int Length) rows, (long Start, int Length) columns, IGramSink sink, GramOptions options)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        var diagonal = normalize ? evaluator.Diagonal(points, kind) : null;
        bool symmetric = rows == columns;
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
                evaluator.Gram(points, (int)rows.Start + r0, nr, points, (int)columns.Start + c0, nc, kind, block, diagonal, diagonal);
                if (symmetric && tile.I == tile.J)   // K(x, z) and K(z, x) may differ in the last bit: keep the upper triangle
                    for (int i = 1; i < nr; i++)
                        for (int j = 0; j < i; j++) block[i * nc + j] = block[j * nc + i];
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
