using System.Numerics;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// The Gram matrix K(X, Z)ᵢⱼ = κ(⟨xᵢ, zⱼ⟩) of a zonal kernel over unit-sphere points: for each cache tile, the inner
/// products (a blocked SIMD GEMM tile, ⟨xᵢ, zⱼ⟩ = Σₖ xᵢₖ zⱼₖ), clamped to [−1, 1] within round-off, then the compiled
/// elementwise map κ over the whole tile at once. Tiles run in parallel. For K(X, X) over a square region only the
/// tiles on and above the diagonal are computed and each off-diagonal one is also written transposed (κ is evaluated
/// once per unordered pair), and the diagonal cosine ⟨xᵢ, xᵢ⟩ of unit vectors is set to exactly 1 (the rounded sum
/// is 1 ± a few ulp, which √(1 − t²) terms would turn into errors of order 1e-8 in K(x, x)). Every entry depends on its two points only, so results are identical for any thread
/// count, tile size or region split — the tile API and <see cref="GramMerge"/> rely on that.
/// </summary>
public static class GramEngine
{
    /// <summary>Bytes of an n×m float64 matrix.</summary>
    public static long MatrixBytes(long rows, long columns) => rows * columns * sizeof(double);

    /// <summary>K(X, Z) (or K(X, X) when <paramref name="z"/> is null) in memory, row-major.</summary>
    public static double[] Compute(PointSet x, PointSet? z, ElementwiseMap map, GramOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sink = new MemoryGramSink(x.Count, (z ?? x).Count);
        Compute(x, z, (0, x.Count), (0, (z ?? x).Count), map, sink, options);
        return sink.Data;
    }

    /// <summary>
    /// The block of K over rows [r₀, r₀ + nᵣ) of X and columns [c₀, c₀ + n_c) of Z (of X when <paramref name="z"/> is
    /// null), handed to <paramref name="sink"/> in coordinates relative to the block's top-left corner.
    /// </summary>
    /// <exception cref="ArgumentException">The dimensions of X and Z differ, or a range lies outside the points.</exception>
    public static void Compute(PointSet x, PointSet? z, (long Start, int Length) rows, (long Start, int Length) columns,
        ElementwiseMap map, IGramSink sink, GramOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= GramOptions.Default;
        var other = z ?? x;
        if (other.Dimension != x.Dimension) throw new ArgumentException($"X has dimension {x.Dimension}, Z has {other.Dimension}.", nameof(z));
        CheckRange(rows, x.Count, nameof(rows));
        CheckRange(columns, other.Count, nameof(columns));
        GramTiles.Run(rows, columns, z is null && rows == columns, (r0, nr, c0, nc, block, onDiagonal) =>
        {
            InnerProducts(x, r0, nr, other, c0, nc, block);
            Clamp(block, options.ClampSlack);
            if (onDiagonal)
                for (int i = 0; i < nr; i++) block[i * nc + i] = 1;
            map(block, block);
        }, sink, options);
    }

    /// <summary>block[i·n_c + j] = ⟨x_(r₀+i), z_(c₀+j)⟩, four columns per pass with SIMD accumulators.</summary>
    internal static void InnerProducts(PointSet x, long rowStart, int rowCount, PointSet z, long columnStart, int columnCount, Span<double> block)
    {
        int d = x.Dimension;
        var xs = x.Data;
        var zs = z.Data;
        for (int i = 0; i < rowCount; i++)
        {
            var a = xs.Slice((int)(rowStart + i) * d, d);
            var output = block.Slice(i * columnCount, columnCount);
            int j = 0;
            for (; j + 4 <= columnCount; j += 4)
            {
                int b = (int)(columnStart + j) * d;
                Dot4(a, zs.Slice(b, d), zs.Slice(b + d, d), zs.Slice(b + 2 * d, d), zs.Slice(b + 3 * d, d), output.Slice(j, 4));
            }
            for (; j < columnCount; j++) output[j] = Dot(a, zs.Slice((int)(columnStart + j) * d, d));
        }
    }

    private static void Dot4(ReadOnlySpan<double> a, ReadOnlySpan<double> b0, ReadOnlySpan<double> b1,
        ReadOnlySpan<double> b2, ReadOnlySpan<double> b3, Span<double> output)
    {
        int w = Vector<double>.Count, k = 0;
        Vector<double> s0 = default, s1 = default, s2 = default, s3 = default;
        for (; k + w <= a.Length; k += w)
        {
            var va = new Vector<double>(a[k..]);
            s0 = Vector.FusedMultiplyAdd(va, new Vector<double>(b0[k..]), s0);
            s1 = Vector.FusedMultiplyAdd(va, new Vector<double>(b1[k..]), s1);
            s2 = Vector.FusedMultiplyAdd(va, new Vector<double>(b2[k..]), s2);
            s3 = Vector.FusedMultiplyAdd(va, new Vector<double>(b3[k..]), s3);
        }
        double r0 = Vector.Sum(s0), r1 = Vector.Sum(s1), r2 = Vector.Sum(s2), r3 = Vector.Sum(s3);
        for (; k < a.Length; k++)
        {
            r0 += a[k] * b0[k];
            r1 += a[k] * b1[k];
            r2 += a[k] * b2[k];
            r3 += a[k] * b3[k];
        }
        (output[0], output[1], output[2], output[3]) = (r0, r1, r2, r3);
    }

    /// <summary>⟨a, b⟩ with the same operation order as the four-column pass (so every entry is bitwise the same
    /// whichever pass computed it).</summary>
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int w = Vector<double>.Count, k = 0;
        Vector<double> s = default;
        for (; k + w <= a.Length; k += w) s = Vector.FusedMultiplyAdd(new Vector<double>(a[k..]), new Vector<double>(b[k..]), s);
        double r = Vector.Sum(s);
        for (; k < a.Length; k++) r += a[k] * b[k];
        return r;
    }

    private static void Clamp(Span<double> t, double slack)
    {
        for (int i = 0; i < t.Length; i++)
        {
            double v = t[i];
            if (v > 1 && v <= 1 + slack) t[i] = 1;
            else if (v < -1 && v >= -1 - slack) t[i] = -1;
        }
    }

    private static void CheckRange((long Start, int Length) range, int count, string name)
    {
        if (range.Start < 0 || range.Length < 0 || range.Start + range.Length > count)
            throw new ArgumentException($"range [{range.Start}, {range.Start + range.Length}) lies outside 0..{count}.", name);
    }
}
