using System.Globalization;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>Reads data points for <c>symbolic gram</c>: a CSV file with one point per row (comma, semicolon, tab or
/// space separated; blank lines and lines starting with # skipped; a non-numeric first line is a header), or a
/// float64 or float32 .npy file of shape n×d. Bad files raise a one-line <see cref="UserError"/> naming the line or field.</summary>
public static class PointFile
{
    /// <summary>The largest accepted number of points.</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>Reads <paramref name="path"/> (.npy by extension, CSV otherwise).</summary>
    public static PointSet Read(string path)
    {
        if (!File.Exists(path)) throw new UserError($"--data: file '{path}' does not exist");
        return path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase) ? ReadNpy(path) : ReadCsv(path);
    }

    private static PointSet ReadNpy(string path)
    {
        if (!NpyFile.TryRead(path, out var data, out var header, out var error)) throw new UserError($"--data: '{path}': {error}");
        if (header.Shape.Count > 2)
            throw new UserError($"--data: '{path}' has shape ({string.Join(", ", header.Shape)}); fully connected kernels take n×d points (image data n×C0×d needs a convolutional --arch)");
        if (header.Rows == 0 || header.Columns == 0) throw new UserError($"--data: '{path}' holds no points (shape {header.Rows}×{header.Columns})");
        if (header.Rows > MaxPoints) throw new UserError($"--data: {header.Rows} points exceed the accepted maximum {MaxPoints}");
        CheckFinite(data, (int)header.Columns, path);
        return new PointSet(data, (int)header.Rows, (int)header.Columns);
    }

    private static PointSet ReadCsv(string path)
    {
        var values = new List<double>();
        int dimension = -1, count = 0, lineNumber = 0;
        bool first = true;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split([',', ';', '\t', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var parsed = new double[fields.Length];
            int bad = -1;
            for (int k = 0; k < fields.Length && bad < 0; k++)
                if (!double.TryParse(fields[k], NumberStyles.Float, CultureInfo.InvariantCulture, out parsed[k])) bad = k;
            if (bad >= 0)
            {
                if (first) { first = false; continue; } // a header line
                throw new UserError($"--data: '{path}' line {lineNumber}, field {bad + 1}: '{fields[bad]}' is not a number");
            }
            first = false;
            if (fields.Length == 0) throw new UserError($"--data: '{path}' line {lineNumber} holds separators but no values");
            if (dimension < 0) dimension = fields.Length;
            else if (fields.Length != dimension)
                throw new UserError($"--data: '{path}' line {lineNumber} has {fields.Length} values, the first point has {dimension}");
            if (++count > MaxPoints) throw new UserError($"--data: more than {MaxPoints} points");
            values.AddRange(parsed);
        }
        if (count == 0) throw new UserError($"--data: '{path}' holds no points (expected one point per row)");
        var data = values.ToArray();
        CheckFinite(data, dimension, path);
        return new PointSet(data, count, dimension);
    }

    private static void CheckFinite(double[] data, int dimension, string path)
    {
        int index = Array.FindIndex(data, v => !double.IsFinite(v));
        if (index >= 0) throw new UserError($"--data: '{path}' row {index / dimension} (0-based) holds a non-finite value");
    }
}
