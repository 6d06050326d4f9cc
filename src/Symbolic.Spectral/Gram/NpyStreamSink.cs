using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// Streams tiles straight into a <c>.npy</c> file of the full matrix without holding it in memory: the header and the
/// file size are fixed up front, then each tile row is written at its byte offset
/// (offset = header + 8·(i·m + j)) with positional writes, so tiles may arrive in any order from any thread.
/// </summary>
public sealed class NpyStreamSink : IGramSink, IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly long _dataOffset;

    /// <summary>Creates (or truncates) <paramref name="path"/> sized for a <paramref name="rows"/>×<paramref name="columns"/> matrix.</summary>
    public NpyStreamSink(string path, long rows, long columns)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian hosts are not supported");
        (Rows, Columns) = (rows, columns);
        var header = new NpyHeader(rows, columns).ToBytes();
        _dataOffset = header.Length;
        _handle = File.OpenHandle(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, FileOptions.RandomAccess,
            preallocationSize: _dataOffset + rows * columns * sizeof(double));
        RandomAccess.Write(_handle, header, 0);
        RandomAccess.SetLength(_handle, _dataOffset + rows * columns * sizeof(double));
    }

    /// <summary>Rows n.</summary>
    public long Rows { get; }

    /// <summary>Columns m.</summary>
    public long Columns { get; }

    /// <inheritdoc/>
    public void Put(long row, long column, int rows, int columns, ReadOnlySpan<double> block)
    {
        for (int i = 0; i < rows; i++)
        {
            var bytes = MemoryMarshal.AsBytes(block.Slice(i * columns, columns));
            RandomAccess.Write(_handle, bytes, _dataOffset + ((row + i) * Columns + column) * sizeof(double));
        }
    }

    /// <summary>Flushes and closes the file.</summary>
    public void Dispose()
    {
        RandomAccess.FlushToDisk(_handle);
        _handle.Dispose();
    }
}
