namespace Symbolic.Spectral.Gram;

/// <summary>Where the Gram engine puts finished tiles: a row-major block of K written at (row, column) of the full
/// matrix. Implementations must accept concurrent calls for disjoint blocks.</summary>
public interface IGramSink
{
    /// <summary>Stores the <paramref name="rows"/>×<paramref name="columns"/> row-major <paramref name="block"/> with
    /// its top-left corner at (<paramref name="row"/>, <paramref name="column"/>) of the full matrix.</summary>
    void Put(long row, long column, int rows, int columns, ReadOnlySpan<double> block);
}
