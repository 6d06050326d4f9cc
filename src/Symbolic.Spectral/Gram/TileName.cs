using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// The file name of tile (i, j) of a T×T grid: <c>STEM.tile-i-j-of-T.npy</c> next to the output <c>STEM.npy</c>.
/// The .npy header can hold only descr/fortran_order/shape (NumPy rejects other keys), so the position lives in
/// the name, and <see cref="GramMerge"/> reads it back from there.
/// </summary>
/// <param name="Row">The block row i (0-based).</param>
/// <param name="Column">The block column j (0-based).</param>
/// <param name="Tiles">Tiles per side T.</param>
public sealed partial record TileName(int Row, int Column, int Tiles)
{
    /// <summary>The tile's path for the output <paramref name="output"/> (e.g. gram.npy → gram.tile-0-1-of-4.npy).</summary>
    public string PathFor(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var folder = Path.GetDirectoryName(output) ?? "";
        var stem = Path.GetFileNameWithoutExtension(output);
        return Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{stem}.tile-{Row}-{Column}-of-{Tiles}.npy"));
    }

    /// <summary>Reads the position back from a tile path, or explains why the name has no tile position.</summary>
    public static bool TryParse(string path, [NotNullWhen(true)] out TileName? tile, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        var match = Pattern().Match(Path.GetFileName(path));
        (tile, error) = (null, null);
        if (!match.Success)
        {
            error = $"'{Path.GetFileName(path)}' is not a tile file name (expected STEM.tile-I-J-of-T.npy)";
            return false;
        }
        int Parse(int group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var (i, j, n) = (Parse(1), Parse(2), Parse(3));
        if (n < 1 || i >= n || j >= n)
        {
            error = $"'{Path.GetFileName(path)}': tile ({i}, {j}) is outside a {n}×{n} grid";
            return false;
        }
        tile = new TileName(i, j, n);
        return true;
    }

    [GeneratedRegex(@"\.tile-(\d{1,5})-(\d{1,5})-of-(\d{1,5})\.npy$")]
    private static partial Regex Pattern();
}
