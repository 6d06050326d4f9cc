using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Symbolic.Spectral.Gram;

/// <summary>Reads and writes C-ordered little-endian float64 matrices as NumPy <c>.npy</c> files (see
/// <see cref="NpyHeader"/>). Readers return an error text for bad files; only I/O failures throw.</summary>
public static class NpyFile
{
    /// <summary>Writes the <paramref name="rows"/>×<paramref name="columns"/> row-major <paramref name="data"/> to
    /// <paramref name="path"/> (overwriting it).</summary>
    /// <exception cref="ArgumentException">The data length is not rows·columns.</exception>
    public static void Write(string path, ReadOnlySpan<double> data, long rows, long columns)
    {
        if (data.Length != rows * columns) throw new ArgumentException($"{data.Length} values are not {rows}×{columns}.", nameof(data));
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(new NpyHeader(rows, columns).ToBytes());
        WriteDoubles(stream, data);
    }

    /// <summary>Reads a 2-D (or 1-D, as n×1) float64 .npy file into a row-major array.</summary>
    public static bool TryRead(string path, [NotNullWhen(true)] out double[]? data, out NpyHeader header,
        [NotNullWhen(false)] out string? error)
    {
        (data, header) = (null, new NpyHeader(0, 0));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (!NpyHeader.TryRead(stream, out var read, out int offset, out error)) return false;
        header = read;
        long count = read.Rows * read.Columns; // bounded by NpyHeader.MaxValues
        if (stream.Length - offset < count * read.ItemSize)
        {
            error = $"the .npy file is truncated: the header announces {read.Rows}×{read.Columns} values, the file holds {(stream.Length - offset) / read.ItemSize}";
            return false;
        }
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        data = new double[count];
        if (read.IsFloat32)
        {
            var singles = new float[count];
            stream.ReadExactly(MemoryMarshal.AsBytes(singles.AsSpan()));
            for (long i = 0; i < count; i++) data[i] = singles[i];
        }
        else stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
        return true;
    }

    /// <summary>Writes doubles in little-endian order.</summary>
    internal static void WriteDoubles(Stream stream, ReadOnlySpan<double> data)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        stream.Write(MemoryMarshal.AsBytes(data));
    }
}
