using System.Diagnostics.CodeAnalysis;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// Joins the tiles written by array jobs (<see cref="TileName"/>) into the full matrix, streamed to a .npy file
/// (one tile in memory at a time). The grid is read from the names; for a symmetric K(X, X) a missing tile (j, i)
/// is the transpose of (i, j), so the i ≤ j half suffices. Block heights come from the tiles' shapes and must be
/// consistent along rows and columns.
/// </summary>
public static class GramMerge
{
    /// <summary>Merges <paramref name="tileFiles"/> into <paramref name="output"/>; returns the matrix size, or an
    /// error for the user (missing tiles, mixed grids, inconsistent shapes, unreadable files).</summary>
    public static bool TryMerge(IReadOnlyList<string> tileFiles, string output, out long size, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(tileFiles);
        size = 0;
        if (tileFiles.Count == 0) { error = "no tile files to merge"; return false; }
        var tiles = new Dictionary<(int, int), (string Path, NpyHeader Header)>();
        int grid = -1;
        foreach (var file in tileFiles)
        {
            if (!TileName.TryParse(file, out var name, out error)) return false;
            if (grid >= 0 && name.Tiles != grid) { error = $"tiles of different grids ({grid} and {name.Tiles} per side)"; return false; }
            grid = name.Tiles;
            if (!File.Exists(file)) { error = $"tile file '{file}' does not exist"; return false; }
            using var stream = File.OpenRead(file);
            if (!NpyHeader.TryRead(stream, out var header, out _, out error)) { error = $"'{file}': {error}"; return false; }
            if (!tiles.TryAdd((name.Row, name.Column), (file, header))) { error = $"tile ({name.Row}, {name.Column}) given twice"; return false; }
        }
        var heights = new long[grid];
        for (int i = 0; i < grid; i++)
            for (int j = i; j < grid; j++)
            {
                (long rows, long columns) shape;
                if (tiles.TryGetValue((i, j), out var t)) shape = (t.Header.Rows, t.Header.Columns);
                else if (tiles.TryGetValue((j, i), out var u)) shape = (u.Header.Columns, u.Header.Rows);
                else { error = $"tile ({i}, {j}) is missing (neither it nor its transpose ({j}, {i}) was given)"; return false; }
                if (!Agree(ref heights[i], shape.rows) || !Agree(ref heights[j], shape.columns))
                {
                    error = $"tile ({i}, {j}) has shape {shape.rows}×{shape.columns}, inconsistent with the other tiles of its row or column";
                    return false;
                }
            }
        var starts = new long[grid + 1];
        for (int i = 0; i < grid; i++) starts[i + 1] = starts[i] + heights[i];
        size = starts[grid];
        using (var sink = new NpyStreamSink(output, size, size))
        {
            for (int i = 0; i < grid; i++)
                for (int j = 0; j < grid; j++)
                {
                    bool direct = tiles.TryGetValue((i, j), out var t);
                    if (!direct && tiles.ContainsKey((j, i))) continue; // written transposed from (j, i)
                    if (!NpyFile.TryRead(t.Path, out var data, out var header, out error)) { error = $"'{t.Path}': {error}"; return false; }
                    sink.Put(starts[i], starts[j], (int)header.Rows, (int)header.Columns, data);
                    if (i != j && !tiles.ContainsKey((j, i)))
                        sink.Put(starts[j], starts[i], (int)header.Columns, (int)header.Rows, Transpose(data, (int)header.Rows, (int)header.Columns));
                }
        }
        error = null;
        return true;
    }

    private static bool Agree(ref long known, long value)
    {
        if (known == 0) known = value;
        return known == value;
    }

    private static double[] Transpose(double[] data, int rows, int columns)
    {
        var result = new double[data.Length];
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++) result[j * rows + i] = data[i * columns + j];
        return result;
    }
}
