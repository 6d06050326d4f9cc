using System.Globalization;
using System.Text;
using System.Text.Json;
using Symbolic.Kernels.Activations;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Tests.Bench;

/// <summary><c>symbolic gram</c> on convolutional architectures: images C0 × d, unit pixels (conv-dense.md §1.2, §2.2).</summary>
public sealed class ImageGramCommandTests : IDisposable
{
    private const string ResCnn1 = "rescnn(blocks=1, alpha=1, head=eq)";
    private readonly string _folder = Directory.CreateTempSubdirectory("gram-image-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>n random pixel-major images of d pixels × c channels (not normalised), as rows.</summary>
    private static double[][] Images(int n, int channels, int pixels, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, channels * pixels).Select(_ => random.NextDouble() * 4 - 2).ToArray())];
    }

    private string Csv(string name, double[][] rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, rows.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))));
        return path;
    }

    /// <summary>A float64 .npy of shape n×C0×d (channel-first), written by hand.</summary>
    private string ChannelFirstNpy(string name, double[][] rows, int channels, int pixels)
    {
        var path = Path.Combine(_folder, name);
        var dictionary = $"{{'descr': '<f8', 'fortran_order': False, 'shape': ({rows.Length}, {channels}, {pixels}), }}";
        int total = 10 + dictionary.Length + 1;
        dictionary += new string(' ', (64 - total % 64) % 64) + "\n";
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0]);
        stream.Write(BitConverter.GetBytes((ushort)dictionary.Length));
        stream.Write(Encoding.ASCII.GetBytes(dictionary));
        foreach (var row in rows)
            for (int c = 0; c < channels; c++)
                for (int i = 0; i < pixels; i++) stream.Write(BitConverter.GetBytes(row[i * channels + c]));
        return path;
    }

    private static double[] UnitPixels(double[] image, int channels)
    {
        var result = (double[])image.Clone();
        for (int i = 0; i < result.Length; i += channels)
        {
            double norm = Math.Sqrt(Enumerable.Range(i, channels).Sum(k => result[k] * result[k]));
            for (int k = i; k < i + channels; k++) result[k] /= norm;
        }
        return result;
    }

    [Fact]
    public void Normalised_nngp_matches_the_L1_closed_form_and_the_json_contract_holds()
    {
        var rows = Images(6, 2, 4, 1);
        var output = Path.Combine(_folder, "k.npy");
        var (exit, stdout, stderr) = CliRunner.Run("gram", "--arch", ResCnn1, "--data", Csv("a.csv", rows), "--channels", "2", "--kernel", "nngp",
            "--normalize", "--out", output, "--format", "json");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal((6, 4, 2, 4), (root.GetProperty("n").GetInt32(), root.GetProperty("d").GetInt32(), root.GetProperty("channels").GetInt32(), root.GetProperty("pixels").GetInt32()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("grid").ValueKind);
        Assert.True(root.GetProperty("seconds").GetDouble() >= 0);
        var gram = root.GetProperty("gram");
        // conv-dense.md §2.2, L = 1, q = 3, Eq at pixel 0: ResCGPK = [t₀ + α²κ₁(t̄)]/(1 + α²), t̄ = (t₃ + t₀ + t₁)/3 (circular).
        for (int a = 0; a < 6; a++)
            for (int b = 0; b < 6; b++)
            {
                double[] x = UnitPixels(rows[a], 2), z = UnitPixels(rows[b], 2);
                double T(int i) => x[2 * i] * z[2 * i] + x[2 * i + 1] * z[2 * i + 1];
                double expected = (T(0) + ArcCosine.Kappa1((T(3) + T(0) + T(1)) / 3)) / 2;
                Assert.Equal(expected, gram[a][b].GetDouble(), 1e-12);
                Assert.Equal(gram[a][b].GetDouble(), gram[b][a].GetDouble()); // exactly symmetric
            }
        Assert.Equal(6.0, root.GetProperty("eigenvalues").EnumerateArray().Sum(e => e.GetDouble()), 10);
        Assert.True(NpyFile.TryRead(output, out var data, out _, out _));
        Assert.Equal(gram[2][5].GetDouble(), data[2 * 6 + 5]);
        Assert.Contains("every pixel normalised", stderr);
        Assert.Contains("computed in", stderr);
    }

    [Fact]
    public void Channel_first_npy_gives_the_same_matrix_as_the_pixel_major_csv()
    {
        var rows = Images(5, 3, 4, 2);
        var fromCsv = CliRunner.Run("gram", "--arch", "cnn(layers=2, head=gap)", "--data", Csv("b.csv", rows), "--channels", "3", "--format", "json");
        var fromNpy = CliRunner.Run("gram", "--arch", "cnn(layers=2, head=gap)", "--data", ChannelFirstNpy("b.npy", rows, 3, 4), "--channels", "3", "--format", "json");
        Assert.True(fromCsv.Exit == 0 && fromNpy.Exit == 0, fromCsv.Err + fromNpy.Err);
        Assert.Equal(JsonDocument.Parse(fromCsv.Out).RootElement.GetProperty("gram").ToString(), JsonDocument.Parse(fromNpy.Out).RootElement.GetProperty("gram").ToString());
        var wrong = CliRunner.Run("gram", "--arch", "cnn(layers=2, head=gap)", "--data", Path.Combine(_folder, "b.npy"), "--channels", "2");
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("C0 = 3 channels, but --channels is 2", wrong.Err);
    }

    [Fact]
    public void Results_do_not_depend_on_threads_and_a_tile_is_a_block_of_the_matrix()
    {
        var data = Csv("c.csv", Images(150, 2, 3, 3)); // two 128-row tiles
        string one = Path.Combine(_folder, "one.npy"), two = Path.Combine(_folder, "two.npy"), stem = Path.Combine(_folder, "t.npy");
        Assert.Equal(0, CliRunner.Run("gram", "--arch", "rescnn(blocks=2, alpha=0.5)", "--data", data, "--channels", "2", "--out", one, "--threads", "1").Exit);
        Assert.Equal(0, CliRunner.Run("gram", "--arch", "rescnn(blocks=2, alpha=0.5)", "--data", data, "--channels", "2", "--out", two, "--threads", "2").Exit);
        Assert.Equal(File.ReadAllBytes(one), File.ReadAllBytes(two));
        var (exit, stdout, stderr) = CliRunner.Run("gram", "--arch", "rescnn(blocks=2, alpha=0.5)", "--data", data, "--channels", "2", "--out", stem,
            "--tile", "0,1", "--tiles", "2");
        Assert.True(exit == 0, stderr);
        var file = JsonDocument.Parse(stdout).RootElement.GetProperty("file").GetString()!;
        Assert.True(NpyFile.TryRead(one, out var full, out _, out _));
        Assert.True(NpyFile.TryRead(file, out var tile, out var header, out _));
        Assert.Equal((75L, 75L), (header.Rows, header.Columns));
        for (int i = 0; i < 75; i++)
            for (int j = 0; j < 75; j++) Assert.Equal(full[i * 150 + 75 + j], tile[i * 75 + j], 1e-13);
    }

    [Theory]
    [InlineData("rescnn(blocks=1)", null, "--channels: 'rescnn(blocks=1)' is convolutional")]
    [InlineData("fc(layers=2)", "2", "--channels: 'fc(layers=2)' is fully connected")]
    [InlineData("rescnn(blocks=1)", "3", "8 values per image are not divisible by --channels 3")]
    [InlineData("rescnn(blocks=1)", "0", "--channels: 0 is outside the accepted range")]
    public void Bad_channel_requests_are_one_line_errors(string arch, string? channels, string message)
    {
        var data = Csv("d.csv", Images(3, 2, 4, 4));
        string[] args = channels is null ? ["gram", "--arch", arch, "--data", data] : ["gram", "--arch", arch, "--data", data, "--channels", channels];
        var (exit, _, stderr) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_zero_pixel_is_refused_naming_image_and_pixel_and_a_grid_must_fit()
    {
        var rows = Images(3, 2, 4, 5);
        (rows[1][4], rows[1][5]) = (0, 0);
        var (exit, _, stderr) = CliRunner.Run("gram", "--arch", ResCnn1, "--data", Csv("e.csv", rows), "--channels", "2");
        Assert.Equal(2, exit);
        Assert.Contains("image 1, pixel 2 is zero", stderr);
        (exit, _, stderr) = CliRunner.Run("gram", "--arch", ResCnn1, "--data", Csv("f.csv", Images(3, 2, 4, 6)), "--channels", "2", "--grid", "3,2");
        Assert.Equal(2, exit);
        Assert.Contains("--grid: 3x2 = 6 pixels", stderr);
        var (ok, stdout, err) = CliRunner.Run("gram", "--arch", ResCnn1, "--data", Csv("g.csv", Images(3, 2, 4, 6)), "--channels", "2", "--grid", "2,2", "--format", "json");
        Assert.True(ok == 0, err);
        Assert.Equal("2x2", JsonDocument.Parse(stdout).RootElement.GetProperty("grid").GetString());
    }
}
