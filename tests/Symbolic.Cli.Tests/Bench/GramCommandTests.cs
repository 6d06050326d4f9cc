using System.Globalization;
using System.Text.Json;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Tests.Bench;

public sealed class GramCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gram-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Points(int n, int d, int seed)
    {
        var random = new Random(seed);
        var path = Path.Combine(_folder, $"points-{n}-{d}.csv");
        File.WriteAllLines(path, Enumerable.Range(0, n).Select(_ =>
            string.Join(",", Enumerable.Range(0, d).Select(_ => (random.NextDouble() * 4 - 2).ToString("R", CultureInfo.InvariantCulture)))));
        return path;
    }

    [Fact]
    public void Json_contract_has_the_matrix_eigenvalues_and_condition_numbers()
    {
        var output = Path.Combine(_folder, "g.npy");
        var (exit, stdout, stderr) = BenchRunner.Run("gram", "--arch", "fc(layers=2)", "--data", Points(5, 3, 1), "--output", output, "--format", "json");
        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("n").GetInt32());
        Assert.True(root.GetProperty("rows_normalized").GetBoolean());
        var gram = root.GetProperty("gram");
        Assert.Equal(5, gram.GetArrayLength());
        Assert.Equal(2.0, gram[0][0].GetDouble()); // Θ₂(1) = 2 for fc(layers=2)
        var eigenvalues = root.GetProperty("eigenvalues").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(10.0, eigenvalues.Sum(), 10); // the trace
        Assert.Equal(eigenvalues[^1] / eigenvalues[0], root.GetProperty("cond").GetDouble(), 10);
        // §2.8: λ₀ = mean normalised off-diagonal entry, double_constant_cond = 1 + n·λ₀/(1 − λ₀).
        double lambda0 = 0;
        for (int a = 0; a < 5; a++)
            for (int b = a + 1; b < 5; b++)
                lambda0 += gram[a][b].GetDouble() / Math.Sqrt(gram[a][a].GetDouble() * gram[b][b].GetDouble()) / 10;
        Assert.Equal(lambda0, root.GetProperty("lambda0").GetDouble(), 12);
        Assert.Equal(1 + 5 * lambda0 / (1 - lambda0), root.GetProperty("double_constant_cond").GetDouble(), 10);
        Assert.Equal(root.GetProperty("cond").GetDouble(), root.GetProperty("resolvable_cond").GetDouble(), 10);
        Assert.True(NpyFile.TryRead(output, out var data, out var header, out _));
        Assert.Equal((5L, 5L), (header.Rows, header.Columns));
        Assert.Equal(gram[1][3].GetDouble(), data[1 * 5 + 3]);
        Assert.Contains("unit sphere", stderr);
    }

    [Fact]
    public void Zero_rows_are_refused_with_one_line()
    {
        var path = Path.Combine(_folder, "zero.csv");
        File.WriteAllText(path, "x,y\n1,2\n0,0\n");
        var (exit, _, stderr) = BenchRunner.Run("gram", "--arch", "fc(layers=2)", "--data", path);
        Assert.Equal(2, exit);
        Assert.Contains("zero", stderr);
        Assert.Contains("rows 1", stderr);
    }

    [Fact]
    public void Streaming_with_a_tiny_memory_limit_announces_the_size_and_writes_the_same_matrix()
    {
        var data = Points(400, 4, 2);
        var inMemory = Path.Combine(_folder, "a.npy");
        var streamed = Path.Combine(_folder, "b.npy");
        Assert.Equal(0, BenchRunner.Run("gram", "--arch", "resnet(blocks=2, alpha=0.5)", "--data", data, "--output", inMemory, "--format", "json").Exit);
        var (exit, stdout, stderr) = BenchRunner.Run("gram", "--arch", "resnet(blocks=2, alpha=0.5)", "--data", data, "--output", streamed,
            "--memory-limit", "0", "--format", "json");
        Assert.Equal(2, exit); // 0 MiB is refused
        (exit, stdout, stderr) = BenchRunner.Run("gram", "--arch", "resnet(blocks=2, alpha=0.5)", "--data", data, "--output", streamed,
            "--memory-limit", "1", "--threads", "2", "--format", "json");
        Assert.Equal(0, BenchRunner.Run("gram", "--arch", "resnet(blocks=2, alpha=0.5)", "--data", data, "--output", inMemory).Exit);
        Assert.True(exit == 0, stderr);
        Assert.Contains("streaming tiles", stderr);
        Assert.Contains("more than the memory limit 1 MiB", stderr);
        Assert.True(stderr.IndexOf("streaming", StringComparison.Ordinal) < stderr.IndexOf("100%", StringComparison.Ordinal));
        Assert.True(JsonDocument.Parse(stdout).RootElement.GetProperty("streamed").GetBoolean());
        Assert.Equal(File.ReadAllBytes(inMemory), File.ReadAllBytes(streamed));
    }

    [Fact]
    public void Tiles_then_merge_reproduce_the_full_matrix()
    {
        var data = Points(23, 5, 3);
        var full = Path.Combine(_folder, "full.npy");
        Assert.Equal(0, BenchRunner.Run("gram", "--arch", "fc(layers=4)", "--data", data, "--output", full).Exit);
        var stem = Path.Combine(_folder, "part.npy");
        var tiles = new List<string>();
        for (int i = 0; i < 3; i++)
            for (int j = i; j < 3; j++)
            {
                var (exit, stdout, stderr) = BenchRunner.Run("gram", "--arch", "fc(layers=4)", "--data", data, "--output", stem, "--tile", $"{i},{j}", "--tiles", "3");
                Assert.True(exit == 0, stderr);
                tiles.Add(JsonDocument.Parse(stdout).RootElement.GetProperty("file").GetString()!);
            }
        var merged = Path.Combine(_folder, "merged.npy");
        var result = BenchRunner.Run(["gram", "merge", .. tiles, "--output", merged]);
        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal(File.ReadAllBytes(full), File.ReadAllBytes(merged));
    }

    [Theory]
    [InlineData("--tile", "0,5", "--tiles", "3", "outside")]
    [InlineData("--tile", "a,b", "--tiles", "3", "non-negative integers")]
    [InlineData("--tile", "0,0", "--tiles", "50", "empty tile")]
    public void Bad_tile_arguments_are_one_line_errors(string o1, string v1, string o2, string v2, string message)
    {
        var (exit, _, stderr) = BenchRunner.Run("gram", "--arch", "fc(layers=2)", "--data", Points(10, 2, 4), "--output",
            Path.Combine(_folder, "t.npy"), o1, v1, o2, v2);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
        Assert.DoesNotContain("\n   at ", stderr);
    }

    [Fact]
    public void Npy_input_is_accepted()
    {
        var path = Path.Combine(_folder, "x.npy");
        NpyFile.Write(path, [1.0, 0.0, 0.0, 2.0, 3.0, 3.0], 3, 2);
        var (exit, stdout, stderr) = BenchRunner.Run("gram", "--arch", "fc(layers=2)", "--data", path, "--format", "json");
        Assert.True(exit == 0, stderr);
        var gram = JsonDocument.Parse(stdout).RootElement.GetProperty("gram");
        // Rows 1 and 0 are orthogonal after normalisation: Θ₂(0) = 1/π.
        Assert.Equal(1 / Math.PI, gram[0][1].GetDouble(), 14);
    }
}
