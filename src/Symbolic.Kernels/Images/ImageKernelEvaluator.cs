using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Images;

/// <summary>
/// Evaluates the image kernels of one architecture on one image shape (conv-dense.md §1.2, §2.2–2.3), built once and
/// thread-safe: single pairs (<see cref="Evaluate"/>) and Gram tiles (<see cref="Gram"/>), which the caller spreads over
/// threads. Pairs run in batches through <see cref="Layer.Transfer(ImageKernelBatch)"/>, struct-of-arrays with the pairs
/// contiguous, with no allocation per pair. The storage is decided up front from the heads: full d×d tensors only when a
/// gap head is present, diagonals otherwise ("do not compute what the head does not need").
/// </summary>
public sealed partial class ImageKernelEvaluator
{
    /// <summary>Target number of doubles in one entry-major array of a batch (64 KiB: below the large-object heap).</summary>
    private const int BatchValues = 1 << 13;

    private readonly int _batchPairs;
    private ImagePlan? _plan;

    private ImageKernelEvaluator(Layer architecture, ImageShape shape, int channels, bool full, bool trackNtk, int? batchPairs)
    {
        (Architecture, Shape, Channels, FullTensor, TracksNtk) = (architecture, shape, channels, full, trackNtk);
        _batchPairs = batchPairs ?? Math.Clamp(BatchValues / (full ? shape.Pixels * shape.Pixels : shape.Pixels), 16, 8192);
    }

    /// <summary>The architecture (it must end with a head: eq, gap or flatten).</summary>
    public Layer Architecture { get; }

    /// <summary>The input image shape.</summary>
    public ImageShape Shape { get; }

    /// <summary>C₀.</summary>
    public int Channels { get; }

    /// <summary>Whether the full d×d tensors are kept (a gap head is present).</summary>
    public bool FullTensor { get; }

    /// <summary>Whether Θ is computed (else only the NNGP, about half the work).</summary>
    public bool TracksNtk { get; }

    /// <summary>Whether Gram tiles and diagonals run the compiled in-place plan (every built-in image layer compiles), so
    /// the sides' variances run once per point and batches reuse pooled buffers; else they run layer by layer.</summary>
    public bool IsCompiled => _plan is not null;

    /// <summary>Pairs per batch: by default about 2¹³ doubles (64 KiB, below the large-object heap) per entry-major array, between 16 and 8192.</summary>
    public int BatchPairs => _batchPairs;

    /// <summary>
    /// An evaluator of <paramref name="architecture"/> on images of <paramref name="shape"/> with <paramref name="channels"/>
    /// channels; <paramref name="kind"/> null computes both kernels. The architecture is run once on a probe pair, so every
    /// structural problem surfaces here. <paramref name="fullTensor"/> keeps the full d×d tensors even when no gap head
    /// needs them (a cross-check of the diagonal storage); <paramref name="batchPairs"/> overrides the pairs per batch.
    /// </summary>
    /// <exception cref="ArgumentException">The shape is a scalar, <paramref name="channels"/> &lt; 1 or <paramref name="batchPairs"/> &lt; 1.</exception>
    /// <exception cref="ArchitectureException">A layer has no image kernel, a branch stays open, or no head ends the image.</exception>
    public static ImageKernelEvaluator Create(Layer architecture, ImageShape shape, int channels, KernelKind? kind = null,
                                              bool fullTensor = false, int? batchPairs = null)
    {
        if (shape.Rank == 0) throw new ArgumentException("the input must be a line or grid image, not a scalar.", nameof(shape));
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        if (batchPairs < 1) throw new ArgumentOutOfRangeException(nameof(batchPairs), batchPairs, "at least one pair per batch.");
        var evaluator = new ImageKernelEvaluator(architecture, shape, channels, fullTensor || NeedsFullTensor(architecture),
                                                 kind != KernelKind.Nngp, batchPairs);
        var probe = new double[shape.Pixels * channels];
        for (int i = 0; i < probe.Length; i += channels) probe[i] = 1;
        var points = ImagePoints.Create(shape, channels, probe);
        var result = evaluator.Run(points, points, [(0, 0)]);
        if (result.IsBranched)
            throw new ArchitectureException(architecture, $"{architecture.Spec} ends with parallel branches open; close them with faninsum");
        if (result.Shape.Rank != 0)
            throw new ArchitectureException(architecture, $"{architecture.Spec} ends with a {result.Shape} image, not a kernel; add a head: eq, gap or flatten");
        evaluator._plan = ImagePlanCompiler.TryCompile(architecture, shape, evaluator.FullTensor, evaluator.TracksNtk);
        return evaluator;
    }

    /// <summary>Whether a gap head occurs anywhere (then the full per-pixel-pair tensors are needed).</summary>
    public static bool NeedsFullTensor(Layer architecture)
    {
        var stack = new Stack<Layer>([architecture]);
        while (stack.Count > 0)
        {
            var layer = stack.Pop();
            if (layer is GlobalAveragePooling) return true;
            foreach (var child in LayerTree.Children(layer)) stack.Push(child);
        }
        return false;
    }

    /// <summary>The kernels of the pair (<paramref name="x"/>, <paramref name="z"/>), each pixel-major (d·C₀ values), with
    /// the (x, x) and (z, z) values of the same recursion for normalising.</summary>
    /// <exception cref="ArgumentException">A point has the wrong length.</exception>
    public ImageKernelValue Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> z)
    {
        int width = Shape.Pixels * Channels;
        if (x.Length != width || z.Length != width) throw new ArgumentException($"each image needs {width} values (d·C₀), got {x.Length} and {z.Length}.");
        var data = new double[2 * width];
        x.CopyTo(data);
        z.CopyTo(data.AsSpan(width));
        var points = ImagePoints.Create(Shape, Channels, data);
        var k = Run(points, points, [(0, 1), (0, 0), (1, 1)]);
        double Ntk(int p) => k.Ntk is null ? double.NaN : k.Ntk[p];
        return new(k.Nngp[0], Ntk(0), k.Nngp[1], k.Nngp[2], Ntk(1), Ntk(2), k.QuadratureError);
    }

    /// <summary>The raw kernel <paramref name="kind"/> at (x_n, x_n) for every point: the normalisers of <see cref="Gram"/>.</summary>
    public double[] Diagonal(ImagePoints points, KernelKind kind)
    {
        Check(points, 0, points.Count);
        var result = new double[points.Count];
        if (_plan is not null)
        {
            DiagonalOf(_plan.Trace(points, 0, points.Count), kind, result);
            return result;
        }
        var pairs = Enumerable.Range(0, points.Count).Select(n => (n, n)).ToArray();
        for (int start = 0; start < pairs.Length; start += BatchPairs)
        {
            int count = Math.Min(BatchPairs, pairs.Length - start);
            Read(Run(points, points, pairs.AsSpan(start, count)), kind).CopyTo(result.AsSpan(start, count));
        }
        return result;
    }

    /// <summary>
    /// One Gram tile: output[r·columnCount + c] = K(rows[rowStart + r], columns[columnStart + c]), raw, or normalised by
    /// √(rowDiagonal[rowStart + r]·columnDiagonal[columnStart + c]) when both diagonals (from <see cref="Diagonal"/>) are
    /// given. Single-threaded; call it for tiles in parallel.
    /// </summary>
    /// <exception cref="ArgumentException">Shapes, ranges or lengths do not match.</exception>
    public void Gram(ImagePoints rows, int rowStart, int rowCount, ImagePoints columns, int columnStart, int columnCount, KernelKind kind,
                     Span<double> output, ReadOnlySpan<double> rowDiagonal = default, ReadOnlySpan<double> columnDiagonal = default)
    {
        Check(rows, rowStart, rowCount);
        Check(columns, columnStart, columnCount);
        if (output.Length != rowCount * columnCount) throw new ArgumentException($"the tile has {rowCount}×{columnCount} values, the output {output.Length}.", nameof(output));
        bool normalize = !rowDiagonal.IsEmpty || !columnDiagonal.IsEmpty;
        if (normalize && (rowDiagonal.Length != rows.Count || columnDiagonal.Length != columns.Count))
            throw new ArgumentException("the diagonals must have one value per point of their set.", nameof(rowDiagonal));
        if (_plan is not null)
        {
            var rowTrace = _plan.Trace(rows, rowStart, rowCount);
            var columnTrace = rowTrace.Covers(columns, columnStart, columnCount) ? rowTrace : _plan.Trace(columns, columnStart, columnCount);
            Tile(rowTrace, 0, rowCount, columnTrace, 0, columnCount, kind, output, columnCount, normalize ? rowDiagonal[rowStart..] : default,
                 normalize ? columnDiagonal[columnStart..] : default);
            return;
        }
        int total = rowCount * columnCount, batch = BatchPairs;
        var pairs = new (int, int)[Math.Min(batch, total)];
        for (int start = 0; start < total; start += batch)
        {
            int count = Math.Min(batch, total - start);
            for (int p = 0; p < count; p++) pairs[p] = (rowStart + (start + p) / columnCount, columnStart + (start + p) % columnCount);
            var values = Read(Run(rows, columns, pairs.AsSpan(0, count)), kind);
            for (int p = 0; p < count; p++)
            {
                var (r, c) = pairs[p];
                output[start + p] = normalize ? values[p] / Math.Sqrt(rowDiagonal[r] * columnDiagonal[c]) : values[p];
            }
        }
    }

    /// <summary>The final batch of the given pairs (x from <paramref name="xs"/>, z from <paramref name="zs"/>).</summary>
    private ImageKernelBatch Run(ImagePoints xs, ImagePoints zs, ReadOnlySpan<(int X, int Z)> pairs)
    {
        int d = Shape.Pixels, c0 = Channels, count = pairs.Length, entries = FullTensor ? d * d : d;
        var gamma = new double[entries * count];
        var norms1 = new double[d * count];
        var norms2 = new double[d * count];
        for (int p = 0; p < count; p++)
        {
            var x = xs.Point(pairs[p].X);
            var z = zs.Point(pairs[p].Z);
            for (int i = 0; i < d; i++)
            {
                var xi = x.Slice(i * c0, c0);
                norms1[i * count + p] = Dot(xi, xi);
                var zi = z.Slice(i * c0, c0);
                norms2[i * count + p] = Dot(zi, zi);
                if (!FullTensor) gamma[i * count + p] = Dot(xi, zi);
                else
                    for (int j = 0; j < d; j++) gamma[(i * d + j) * count + p] = Dot(xi, z.Slice(j * c0, c0));
            }
        }
        return Architecture.Transfer(ImageKernelBatch.Input(Shape, FullTensor, count, TracksNtk, gamma, norms1, norms2));
    }

    private double[] Read(ImageKernelBatch k, KernelKind kind) => kind == KernelKind.Nngp
        ? k.Nngp
        : k.Ntk ?? throw new InvalidOperationException("this evaluator was built for the NNGP only; create it with kind = Ntk or null");

    private void Check(ImagePoints points, int start, int count)
    {
        if (points.Shape != Shape || points.Channels != Channels)
            throw new ArgumentException($"the evaluator takes {Shape} images with {Channels} channels, got {points.Shape} with {points.Channels}.");
        if (start < 0 || count < 0 || start + count > points.Count)
            throw new ArgumentException($"points [{start}, {start + count}) are outside the set of {points.Count}.");
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
