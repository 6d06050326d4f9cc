using System.Buffers.Binary;
using System.Text;

namespace Symbolic.Cli.Fuzzing;

/// <summary>
/// Hostile .npy files: valid float64 and float32 files, wrong magic, truncated headers, lying header lengths, unknown
/// dtypes, Fortran order, shapes that disagree with the data, negative or huge shapes, and random bytes.
/// </summary>
public static class NpyBytes
{
    /// <summary>One hostile file.</summary>
    public static byte[] Hostile(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int rows = random.Next(0, 5), columns = random.Next(1, 4);
        string dtype = AdversarialText.Pick(random, ["<f8", "<f8", "<f4", ">f8", "<i4", "|b1", "<c16", "object"]);
        string shape = random.Next(6) switch
        {
            0 => $"({rows}, {columns + 1})",
            1 => "(-1, 3)",
            2 => "(99999999999, 99999999999)",
            3 => $"({rows},)",
            4 => "()",
            _ => $"({rows}, {columns})",
        };
        string fortran = random.Next(8) == 0 ? "True" : "False";
        var header = $"{{'descr': '{dtype}', 'fortran_order': {fortran}, 'shape': {shape}, }}";
        int itemSize = dtype.EndsWith("f4", StringComparison.Ordinal) || dtype.EndsWith("i4", StringComparison.Ordinal) ? 4 : 8;
        var data = new byte[rows * columns * itemSize];
        for (int i = 0; i < rows * columns; i++)
        {
            double value = random.Next(10) == 0 ? AdversarialText.Pick(random, [double.NaN, double.PositiveInfinity, 0.0, 1e300]) : random.NextDouble() - 0.5;
            if (itemSize == 4) BinaryPrimitives.WriteSingleLittleEndian(data.AsSpan(i * 4), (float)value);
            else BinaryPrimitives.WriteDoubleLittleEndian(data.AsSpan(i * 8), value);
        }
        var file = Assemble(header, data);
        return random.Next(8) switch
        {
            0 => file[..random.Next(file.Length + 1)],                         // truncated anywhere
            1 => [0x93, .. "NUMPX"u8, .. file.AsSpan(Math.Min(6, file.Length))], // wrong magic
            2 => WithHeaderLength(file, (ushort)random.Next(ushort.MaxValue)), // lying header length
            3 => [.. file, .. new byte[random.Next(1, 9)]],                    // trailing bytes
            4 => [.. Enumerable.Range(0, random.Next(64)).Select(_ => (byte)random.Next(256))],
            _ => file,
        };
    }

    private static byte[] Assemble(string header, byte[] data)
    {
        int unpadded = 10 + header.Length + 1;
        int padding = (64 - unpadded % 64) % 64;
        var text = header + new string(' ', padding) + "\n";
        var bytes = new List<byte>(10 + text.Length + data.Length);
        bytes.Add(0x93);
        bytes.AddRange("NUMPY"u8.ToArray());
        bytes.Add(1);
        bytes.Add(0);
        bytes.Add((byte)(text.Length & 0xff));
        bytes.Add((byte)(text.Length >> 8));
        bytes.AddRange(Encoding.Latin1.GetBytes(text));
        bytes.AddRange(data);
        return [.. bytes];
    }

    private static byte[] WithHeaderLength(byte[] file, ushort length)
    {
        var copy = (byte[])file.Clone();
        if (copy.Length >= 10) BinaryPrimitives.WriteUInt16LittleEndian(copy.AsSpan(8), length);
        return copy;
    }
}
