namespace Symbolic.Kernels.Images;

/// <summary>The compiled tile loops and the parallel Gram driver of <see cref="ImageKernelEvaluator"/>.</summary>
public sealed partial class ImageKernelEvaluator
{
    /// <summary>Default tile side of <see cref="GramParallel"/>: 64×64 pairs per work item.</summary>
    private const int TileSide = 64;

    /// <summary>
    /// The whole Gram matrix K(x_a, x_b) of <paramref name="points"/>, row-major n×n, raw or normalised by
    /// √(K(x_a, x_a)·K(x_b, x_b)) (conv-dense.md §2.2–2.3), computed over 64×64 tiles on and above the diagonal by up to
    /// <paramref name="threads"/> threads, each off-diagonal tile also written transposed (every entry depends on its two
    /// points only, so the result is bitwise the same for any thread count; K(z, x) equals K(x, z) bitwise with diagonal
    /// storage and to rounding with gap, whose mean adds the d² entries in transposed order). The sides' variances run
    /// once per point.
    /// <paramref name="progress"/> gets (tiles done, tiles in all) after each tile, from the worker threads, serialised.
    /// </summary>
    /// <exception cref="ArgumentException">The points have another shape or channel count, or <paramref name="threads"/> &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">The NTK was asked of an NNGP-only evaluator.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was signalled.</exception>
    public double[] GramParallel(ImagePoints points, int threads, KernelKind kind, bool normalized,
                                 Action<int, int>? progress = null, CancellationToken cancellation = default)
    {
        Check(points, 0, points.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        RequireKind(kind);
        int n = points.Count, tiles = (n + TileSide - 1) / TileSide;
        var trace = _plan?.Trace(points, 0, n);
        double[]? diagonal = null;
        if (normalized)
        {
            diagonal = new double[n];
            if (trace is not null) DiagonalOf(trace, kind, diagonal);
            else diagonal = Diagonal(points, kind);
        }
        var work = new List<(int I, int J)>();
        for (int i = 0; i < tiles; i++)
            for (int j = i; j < tiles; j++) work.Add((i, j));
        var result = new double[(long)n * n];
        int done = 0;
        var gate = new object();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellation }, tile =>
        {
            int r0 = tile.I * TileSide, c0 = tile.J * TileSide;
            int nr = Math.Min(TileSide, n - r0), nc = Math.Min(TileSide, n - c0);
            var target = result.AsSpan(r0 * n + c0);
            if (trace is not null) Tile(trace, r0, nr, trace, c0, nc, kind, target, n, diagonal, diagonal);
            else
            {
                var block = new double[nr * nc];
                Gram(points, r0, nr, points, c0, nc, kind, block, diagonal, diagonal);
                for (int r = 0; r < nr; r++) block.AsSpan(r * nc, nc).CopyTo(target.Slice(r * n, nc));
            }
            if (tile.I != tile.J)
                for (int r = r0; r < r0 + nr; r++)
                    for (int c = c0; c < c0 + nc; c++) result[c * n + r] = result[r * n + c];
            if (progress is not null)
                lock (gate) progress(++done, work.Count);
        });
        return result;
    }

    /// <summary>
    /// Rows [r₀, r₀ + n_r) of <paramref name="rows"/> against columns [c₀, c₀ + n_c) of <paramref name="columns"/> (indices
    /// into the traces' points), output[(r − r₀)·stride + (c − c₀)], normalised when the diagonals (indexed like the traces)
    /// are given; batches of <see cref="BatchPairs"/> pairs in row-major order through the compiled plan.
    /// </summary>
    private void Tile(ImageSideTrace rows, int r0, int rowCount, ImageSideTrace columns, int c0, int columnCount, KernelKind kind,
                      Span<double> output, int stride, ReadOnlySpan<double> rowDiagonal, ReadOnlySpan<double> columnDiagonal)
    {
        RequireKind(kind);
        var plan = _plan!;
        int total = rowCount * columnCount;
        if (total == 0) return;
        bool normalize = !rowDiagonal.IsEmpty;
        var w = plan.Rent(BatchPairs);
        try
        {
            (w.XTrace, w.ZTrace) = (rows, columns);
            for (int start = 0; start < total; start += BatchPairs)
            {
                int count = Math.Min(BatchPairs, total - start);
                w.Count = count;
                for (int p = 0; p < count; p++) (w.X[p], w.Z[p]) = (r0 + (start + p) / columnCount, c0 + (start + p) % columnCount);
                plan.Run(w);
                var values = kind == KernelKind.Nngp ? plan.Nngp(w) : plan.Ntk(w);
                for (int p = 0; p < count; p++)
                {
                    int r = w.X[p], c = w.Z[p];
                    output[(r - r0) * stride + c - c0] = normalize ? values[p] / Math.Sqrt(rowDiagonal[r] * columnDiagonal[c]) : values[p];
                }
            }
        }
        finally
        {
            plan.Return(w);
        }
    }

    /// <summary>result[m] = K(x_m, x_m) for every point of the trace, through the compiled plan.</summary>
    private void DiagonalOf(ImageSideTrace trace, KernelKind kind, Span<double> result)
    {
        RequireKind(kind);
        var plan = _plan!;
        var w = plan.Rent(BatchPairs);
        try
        {
            (w.XTrace, w.ZTrace) = (trace, trace);
            for (int start = 0; start < trace.Count; start += BatchPairs)
            {
                int count = Math.Min(BatchPairs, trace.Count - start);
                w.Count = count;
                for (int p = 0; p < count; p++) w.X[p] = w.Z[p] = start + p;
                plan.Run(w);
                (kind == KernelKind.Nngp ? plan.Nngp(w) : plan.Ntk(w)).CopyTo(result.Slice(start, count));
            }
        }
        finally
        {
            plan.Return(w);
        }
    }

    private void RequireKind(KernelKind kind)
    {
        if (kind != KernelKind.Nngp && !TracksNtk)
            throw new InvalidOperationException("this evaluator was built for the NNGP only; create it with kind = Ntk or null");
    }
}
