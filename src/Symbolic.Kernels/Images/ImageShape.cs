using System.Collections.Concurrent;

namespace Symbolic.Kernels.Images;

/// <summary>
/// The spatial shape of a per-pixel kernel state (conv-dense.md §1.2): a 1-D image of d pixels, a 2-D image of
/// h × w pixels (pixel (r, c) is flat index r·w + c), or a scalar (one pixel: the state after a head). Indices wrap
/// (circular padding), so a filter q averages over the offsets A_q = {−(q−1)/2, …, (q−1)/2} in 1-D and A_q × A_q in 2-D.
/// </summary>
public sealed record ImageShape
{
    private static readonly ConcurrentDictionary<(int Rank, int Height, int Width, int Filter), int[][]> s_shifts = new();

    private ImageShape(int rank, int height, int width) => (Rank, Height, Width) = (rank, height, width);

    /// <summary>The scalar state (one pixel, rank 0): what a head leaves, and what dense layers after it act on.</summary>
    public static ImageShape Scalar { get; } = new(0, 1, 1);

    /// <summary>A 1-D image of <paramref name="pixels"/> ≥ 1 pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pixels"/> is below 1.</exception>
    public static ImageShape Line(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        return new(1, 1, pixels);
    }

    /// <summary>A 2-D image of <paramref name="height"/> × <paramref name="width"/> pixels (both ≥ 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is below 1.</exception>
    public static ImageShape Grid(int height, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return new(2, height, width);
    }

    /// <summary>0 (scalar), 1 (line) or 2 (grid).</summary>
    public int Rank { get; }

    /// <summary>Rows (1 unless <see cref="Rank"/> = 2).</summary>
    public int Height { get; }

    /// <summary>Columns (the pixel count of a line).</summary>
    public int Width { get; }

    /// <summary>Number of pixels d = h·w.</summary>
    public int Pixels => Height * Width;

    /// <summary>"scalar", "8" or "4x4".</summary>
    public override string ToString() => Rank switch { 0 => "scalar", 1 => $"{Width}", _ => $"{Height}x{Width}" };

    /// <summary>
    /// The shift tables of a filter of odd size <paramref name="filter"/>: one permutation per offset a, mapping pixel i
    /// to pixel i + a (mod the sides); q offsets in 1-D, q² in 2-D, one (the identity) for a scalar. Cached.
    /// </summary>
    internal int[][] Shifts(int filter) => s_shifts.GetOrAdd((Rank, Height, Width, filter), key =>
    {
        var (rank, height, width, q) = key;
        int half = (q - 1) / 2;
        var rowOffsets = rank == 2 ? Enumerable.Range(-half, q).ToArray() : [0];
        var columnOffsets = rank == 0 ? [0] : Enumerable.Range(-half, q).ToArray();
        var tables = new List<int[]>();
        foreach (int a in rowOffsets)
            foreach (int b in columnOffsets)
            {
                var table = new int[height * width];
                for (int r = 0; r < height; r++)
                    for (int c = 0; c < width; c++)
                        table[r * width + c] = Mod(r + a, height) * width + Mod(c + b, width);
                tables.Add(table);
            }
        return [.. tables];
    });

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
