using System.Globalization;

namespace Symbolic.MonteCarlo.Images;

/// <summary>
/// The pixel lattice of an image signal: a circle of d pixels (1-D, <see cref="Rank"/> 1) or a d₁×d₂ torus (2-D), indices
/// taken mod dᵢ (circular padding, conv-dense.md §1.2). Pixel (i, j) of a 2-D grid has flat index i·d₂ + j. A filter of odd
/// size q covers the offsets A_q = {−(q−1)/2, …, (q−1)/2} along each axis: q offsets in 1-D, q² in 2-D.
/// </summary>
public sealed record PixelGrid
{
    private PixelGrid(int rank, int rows, int columns) => (Rank, Rows, Columns) = (rank, rows, columns);

    /// <summary>1 for a line of pixels, 2 for a plane.</summary>
    public int Rank { get; }

    /// <summary>d (1-D) or d₁ (2-D).</summary>
    public int Rows { get; }

    /// <summary>1 (1-D) or d₂ (2-D).</summary>
    public int Columns { get; }

    /// <summary>The number of pixels P = d or d₁·d₂.</summary>
    public int Pixels => Rows * Columns;

    /// <summary>A circle of <paramref name="pixels"/> pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d &lt; 1.</exception>
    public static PixelGrid Line(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        return new(1, pixels, 1);
    }

    /// <summary>A d₁×d₂ torus.</summary>
    /// <exception cref="ArgumentOutOfRangeException">d₁ or d₂ &lt; 1.</exception>
    public static PixelGrid Plane(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        return new(2, rows, columns);
    }

    /// <summary>The number of filter offsets |A_q|^rank = q (1-D) or q² (2-D).</summary>
    public int Offsets(int filter) => Rank == 1 ? filter : filter * filter;

    /// <summary>The circular neighbour table of a filter of odd size q: entry [p·Q + k] is the pixel at offset k of pixel p
    /// (offsets in lexicographic order, (a, b) with a the row offset), the patch of conv-dense.md §1.2:
    /// (w⋆x)_{c,p} = Σ_{c′} Σ_k w_{c,c′,k}·x_{c′, neighbour(p, k)}.</summary>
    /// <exception cref="ArgumentOutOfRangeException">q is not a positive odd number.</exception>
    public int[] Neighbours(int filter)
    {
        if (filter < 1 || filter % 2 == 0) throw new ArgumentOutOfRangeException(nameof(filter), filter, "The filter size must be a positive odd number.");
        int half = (filter - 1) / 2, offsets = Offsets(filter);
        var table = new int[Pixels * offsets];
        for (int i = 0; i < Rows; i++)
            for (int j = 0; j < Columns; j++)
            {
                int k = 0, p = i * Columns + j;
                for (int a = -half; a <= half; a++)
                {
                    int row = Mod(i + a, Rows);
                    if (Rank == 1) table[p * offsets + k++] = row;
                    else
                        for (int b = -half; b <= half; b++) table[p * offsets + k++] = row * Columns + Mod(j + b, Columns);
                }
            }
        return table;
    }

    /// <summary>"d" or "d₁×d₂".</summary>
    public override string ToString() => Rank == 1
        ? Rows.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Rows}x{Columns}");

    private static int Mod(int i, int n) => ((i % n) + n) % n;
}
