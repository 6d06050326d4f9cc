using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// The header of a NumPy <c>.npy</c> version 1.0 file holding a C-ordered little-endian float64 matrix:
/// magic <c>\x93NUMPY</c>, version 1.0, a little-endian uint16 header length, then the dictionary
/// <c>{'descr': '&lt;f8', 'fortran_order': False, 'shape': (rows, cols), }</c> padded with spaces and a newline so
/// that the data starts on a multiple of 64 bytes.
/// </summary>
/// <remarks>Reading also accepts float32 (<c>'&lt;f4'</c>, widened to double) and arrays of any rank ≥ 1: the first axis is
/// the rows, the others flatten C-order into the columns (<see cref="Shape"/> keeps them, e.g. n×C₀×d image data).</remarks>
/// <param name="Rows">The number of rows.</param>
/// <param name="Columns">The number of columns.</param>
public sealed partial record NpyHeader(long Rows, long Columns)
{
    /// <summary>The largest number of values a file may announce (2³¹ − 1 minus array overhead: one .NET array).</summary>
    public static long MaxValues => Array.MaxLength;

    /// <summary>The full shape as written in the file (rows first); (Rows, Columns) for headers built in code.</summary>
    public IReadOnlyList<long> Shape { get; init; } = [Rows, Columns];

    /// <summary>Whether the file holds float32 values (read and widened to double).</summary>
    public bool IsFloat32 { get; init; }

    /// <summary>Bytes per stored value: 4 for float32, 8 for float64.</summary>
    public int ItemSize => IsFloat32 ? 4 : 8;

    private static readonly byte[] s_magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>The header dictionary text (without padding).</summary>
    public string Dictionary =>
        string.Create(CultureInfo.InvariantCulture, $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({Rows}, {Columns}), }}");

    /// <summary>The full header bytes: magic, version, length, padded dictionary ending in a newline.</summary>
    public byte[] ToBytes()
    {
        var text = Dictionary;
        int unpadded = 10 + text.Length + 1;
        int total = (unpadded + 63) / 64 * 64;
        var bytes = new byte[total];
        s_magic.CopyTo(bytes, 0);
        bytes[6] = 1;
        bytes[7] = 0;
        ushort length = (ushort)(total - 10);
        bytes[8] = (byte)(length & 0xFF);
        bytes[9] = (byte)(length >> 8);
        Encoding.ASCII.GetBytes(text, 0, text.Length, bytes, 10);
        for (int i = 10 + text.Length; i < total - 1; i++) bytes[i] = (byte)' ';
        bytes[total - 1] = (byte)'\n';
        return bytes;
    }

    /// <summary>The byte offset of the data (the header size).</summary>
    public int DataOffset => ToBytes().Length;

    /// <summary>Reads a header from <paramref name="stream"/> (left positioned at the data), or explains why the
    /// file is not a C-ordered little-endian float64 1-D or 2-D .npy (a vector reads as n×1).</summary>
    public static bool TryRead(Stream stream, [NotNullWhen(true)] out NpyHeader? header, out int dataOffset,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(stream);
        (header, dataOffset, error) = (null, 0, null);
        var prefix = new byte[10];
        if (stream.ReadAtLeast(prefix, 10, throwOnEndOfStream: false) < 10 || !prefix.AsSpan(0, 6).SequenceEqual(s_magic))
        {
            error = "not a .npy file (missing the \\x93NUMPY magic)";
            return false;
        }
        int major = prefix[6];
        int length;
        if (major == 1) length = prefix[8] | prefix[9] << 8;
        else if (major is 2 or 3)
        {
            var extra = new byte[2];
            if (stream.ReadAtLeast(extra, 2, throwOnEndOfStream: false) < 2) { error = "truncated .npy header"; return false; }
            length = prefix[8] | prefix[9] << 8 | extra[0] << 16 | extra[1] << 24;
        }
        else { error = $"unsupported .npy version {major}"; return false; }
        var text = new byte[length];
        if (stream.ReadAtLeast(text, length, throwOnEndOfStream: false) < length) { error = "truncated .npy header"; return false; }
        dataOffset = (major == 1 ? 10 : 12) + length;
        return TryParse(Encoding.Latin1.GetString(text), out header, out error);
    }

    private static bool TryParse(string text, [NotNullWhen(true)] out NpyHeader? header, [NotNullWhen(false)] out string? error)
    {
        header = null;
        var descr = DescrPattern().Match(text);
        if (!descr.Success || descr.Groups[1].Value is not ("<f8" or "float64" or "<f4" or "float32"))
        {
            error = $"the .npy array must hold little-endian float64 ('<f8') or float32 ('<f4'), got {(descr.Success ? descr.Groups[1].Value : "no descr")}";
            return false;
        }
        bool float32 = descr.Groups[1].Value is "<f4" or "float32";
        if (FortranPattern().Match(text) is not { Success: true } fortran || fortran.Groups[1].Value != "False")
        {
            error = "the .npy array must be C-ordered (fortran_order False)";
            return false;
        }
        var shape = ShapePattern().Match(text);
        if (!shape.Success) { error = "the .npy header has no shape"; return false; }
        var dims = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => long.TryParse(s.TrimEnd('L'), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1).ToArray();
        if (dims.Length is < 1 or > 8 || dims.Any(v => v < 0))
        {
            error = $"the .npy array must have 1 to 8 axes of non-negative sizes, got shape ({shape.Groups[1].Value})";
            return false;
        }
        Int128 values = 1;
        foreach (var dim in dims) values = Int128.Min(values * dim, (Int128)long.MaxValue + 1);
        if (values > MaxValues)
        {
            error = $"the .npy array ({shape.Groups[1].Value}) holds {values} values, more than the {MaxValues} that fit in one array";
            return false;
        }
        long columns = 1;
        foreach (var dim in dims.Skip(1)) columns *= dim;
        header = new NpyHeader(dims[0], columns) { Shape = dims, IsFloat32 = float32 };
        error = null;
        return true;
    }

    [GeneratedRegex(@"'descr'\s*:\s*'([^']*)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'fortran_order'\s*:\s*(True|False)")]
    private static partial Regex FortranPattern();

    [GeneratedRegex(@"'shape'\s*:\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
