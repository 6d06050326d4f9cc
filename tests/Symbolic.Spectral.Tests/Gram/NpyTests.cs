using System.Text;
using Symbolic.Spectral.Gram;

namespace Symbolic.Spectral.Tests.Gram;

public sealed class NpyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("npy-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Header_has_the_numpy_layout()
    {
        var bytes = new NpyHeader(3, 5).ToBytes();
        Assert.Equal(0, bytes.Length % 64);
        Assert.Equal(new byte[] { 0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0 }, bytes[..8]);
        Assert.Equal(bytes.Length - 10, bytes[8] | bytes[9] << 8);
        var text = Encoding.ASCII.GetString(bytes, 10, bytes.Length - 10);
        Assert.StartsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 5), }", text);
        Assert.EndsWith("\n", text);
        Assert.Equal("", text.TrimEnd('\n').Split('}')[1].Trim());
    }

    [Fact]
    public void Matrix_round_trips_with_its_shape_and_exact_values()
    {
        var path = Path.Combine(_folder, "m.npy");
        double[] data = [1, -0.1, double.Epsilon, Math.PI, 1e300, -0.0];
        NpyFile.Write(path, data, 2, 3);
        Assert.True(NpyFile.TryRead(path, out var read, out var header, out var error), error);
        Assert.Equal((2L, 3L), (header.Rows, header.Columns));
        Assert.Equal(data, read);
        Assert.Equal(128 + 6 * 8, new FileInfo(path).Length); // the 74-byte header is padded to 128
    }

    [Fact]
    public void Numpy_written_vector_header_reads_as_a_column()
    {
        var path = Path.Combine(_folder, "v.npy");
        var dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }";
        var header = Encoding.ASCII.GetBytes(dictionary.PadRight(117) + "\n");
        using (var stream = File.Create(path))
        {
            stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
            stream.Write(header);
            stream.Write(BitConverter.GetBytes(1.5));
            stream.Write(BitConverter.GetBytes(-2.5));
        }
        Assert.True(NpyFile.TryRead(path, out var data, out var h, out var error), error);
        Assert.Equal((2L, 1L), (h.Rows, h.Columns));
        Assert.Equal([1.5, -2.5], data);
    }

    [Fact]
    public void Float32_three_axis_arrays_read_widened_with_their_shape()
    {
        var path = Path.Combine(_folder, "f.npy");
        var dictionary = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2, 3), }";
        var header = Encoding.ASCII.GetBytes(dictionary.PadRight(117) + "\n");
        float[] values = [0.1f, -2.5f, 3, 4, 5, 6, 7, 8, 9, 10, 11, float.Epsilon];
        using (var stream = File.Create(path))
        {
            stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
            stream.Write(header);
            foreach (var v in values) stream.Write(BitConverter.GetBytes(v));
        }
        Assert.True(NpyFile.TryRead(path, out var data, out var h, out var error), error);
        Assert.Equal((2L, 6L), (h.Rows, h.Columns));
        Assert.Equal([2L, 2L, 3L], h.Shape);
        Assert.True(h.IsFloat32);
        Assert.Equal(values.Select(v => (double)v), data); // exact widening: (double)0.1f, not 0.1
    }

    [Theory]
    [InlineData("{'descr': '<i4', 'fortran_order': False, 'shape': (2, 2), }", "float64")]
    [InlineData("{'descr': '>f8', 'fortran_order': False, 'shape': (2, 2), }", "little-endian")]
    [InlineData("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 2), }", "C-ordered")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (2, -2, 2), }", "non-negative")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999, 99999999999), }", "fit in one array")]
    [InlineData("{'descr': '<f8', 'fortran_order': False, 'shape': (9, 9), }", "truncated")]
    [InlineData("{'descr': '<f4', 'fortran_order': False, 'shape': (9, 9), }", "truncated")]
    public void Unsupported_files_are_explained(string dictionary, string message)
    {
        var path = Path.Combine(_folder, "bad.npy");
        var header = Encoding.ASCII.GetBytes(dictionary.PadRight(117) + "\n");
        using (var stream = File.Create(path))
        {
            stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
            stream.Write(header);
            stream.Write(new byte[8 * 8]);
        }
        Assert.False(NpyFile.TryRead(path, out _, out _, out var error));
        Assert.Contains(message, error);
    }

    [Fact]
    public void Not_an_npy_file_is_explained()
    {
        var path = Path.Combine(_folder, "text.npy");
        File.WriteAllText(path, "1,2,3\n");
        Assert.False(NpyFile.TryRead(path, out _, out _, out var error));
        Assert.Contains("magic", error);
    }

    [Fact]
    public void Streaming_sink_writes_the_same_file_as_the_in_memory_path()
    {
        var x = GramTestData.RandomSphere(45, 5, 9);
        var memory = GramEngine.Compute(x, null, GramTestData.NtkMap);
        var inMemoryPath = Path.Combine(_folder, "a.npy");
        var streamedPath = Path.Combine(_folder, "b.npy");
        NpyFile.Write(inMemoryPath, memory, 45, 45);
        using (var sink = new NpyStreamSink(streamedPath, 45, 45))
            GramEngine.Compute(x, null, (0, 45), (0, 45), GramTestData.NtkMap, sink, new GramOptions { TileSize = 7, Threads = 2 });
        Assert.Equal(File.ReadAllBytes(inMemoryPath), File.ReadAllBytes(streamedPath));
    }
}
