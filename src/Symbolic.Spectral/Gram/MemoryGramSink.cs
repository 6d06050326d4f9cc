namespace Symbolic.Spectral.Gram;

/// <summary>Collects the Gram matrix in memory, row-major (<see cref="Data"/>[i·Columns + j] = K(xᵢ, zⱼ)).</summary>
public sealed class MemoryGramSink : IGramSink
{
    /// <summary>An empty <paramref name="rows"/>×<paramref name="columns"/> matrix.</summary>
    public MemoryGramSink(int rows, int columns)
    {
        (Rows, Columns) = (rows, columns);
        Data = new double[(long)rows * columns];
    }

    /// <summary>Rows n.</summary>
    public int Rows { get; }

    /// <summary>Columns m.</summary>
    public int Columns { get; }

    /// <summary>The matrix, row-major.</summary>
    public double[] Data { get; }

    /// <inheritdoc/>
    public void Put(long row, long column, int rows, int columns, ReadOnlySpan<double> block)
    {
        for (int i = 0; i < rows; i++)
            block.Slice(i * columns, columns).CopyTo(Data.AsSpan(checked((int)((row + i) * Columns + column)), columns));
    }
}
