using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>
/// The Gram matrix K(xᵢ, xⱼ) of an image kernel (conv-dense.md §2.2–2.3) over a region of one image set: the shared tile
/// driver <see cref="GramTiles"/> over the thread-safe <see cref="ImageKernelEvaluator.Gram"/>. Diagonal tiles copy their
/// upper triangle down, so the matrix is exactly symmetric. Normalised entries are K(xᵢ, xⱼ)/√(K(xᵢ, xᵢ)K(xⱼ, xⱼ)) with the diagonals of
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
        GramTiles.Run(rows, columns, rows == columns, (r0, nr, c0, nc, block, onDiagonal) =>
        {
            evaluator.Gram(points, (int)r0, nr, points, (int)c0, nc, kind, block, diagonal, diagonal);
            if (onDiagonal)   // K(x, z) and K(z, x) may differ in the last bit: keep the upper triangle
                for (int i = 1; i < nr; i++)
                    for (int j = 0; j < i; j++) block[i * nc + j] = block[j * nc + i];
        }, sink, options);
    }
}
