using System.Globalization;
using System.Text.Json;
using Symbolic.Cli.Bench;
using Symbolic.Kernels.Images;

namespace Symbolic.Cli.Tests.Commands;

/// <summary><c>symbolic condition</c>: the §2.8 depth study, measured (conv-dense.md §2.8).</summary>
public sealed class ConditionCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("condition-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Rows_agree_with_gram_on_the_same_points_and_the_winner_is_the_smaller_measured_cond()
    {
        var (exit, stdout, stderr) = CliRunner.Run("condition", "--arch-template", "rescnn(blocks={L}, alpha=1, head=eq)", "--compare", "cnn(layers={L}, head=eq)",
            "--depths", "1,3", "--channels", "2", "--pixels", "4", "--points", "12", "--seed", "3", "--kernel", "nngp", "--format", "json");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        // The same seeded points through 'gram --normalize' give the same condition number and λ₀.
        var images = ConditionStudy.Images(ImageShape.Line(4), 2, 12, 3);
        var path = Path.Combine(_folder, "points.csv");
        File.WriteAllLines(path, Enumerable.Range(0, 12).Select(i => string.Join(",", images.Point(i).ToArray().Select(v => v.ToString("R", CultureInfo.InvariantCulture)))));
        var gram = CliRunner.Run("gram", "--arch", "cnn(layers=3, head=eq)", "--data", path, "--channels", "2", "--kernel", "nngp", "--normalize", "--format", "json");
        Assert.True(gram.Exit == 0, gram.Err);
        var g = JsonDocument.Parse(gram.Out).RootElement;
        var row = rows.Single(r => r.GetProperty("spec").GetString() == "cnn(layers=3, head=eq)");
        Assert.Equal(g.GetProperty("cond").GetDouble(), row.GetProperty("cond").GetDouble(), 1e-9 * g.GetProperty("cond").GetDouble());
        Assert.Equal(g.GetProperty("lambda0").GetDouble(), row.GetProperty("lambda0").GetDouble(), 1e-12);
        foreach (var c in root.GetProperty("comparisons").EnumerateArray())
        {
            int depth = c.GetProperty("depth").GetInt32();
            double Cond(string role) => rows.Single(r => r.GetProperty("depth").GetInt32() == depth && r.GetProperty("arch").GetString() == role)
                .GetProperty("resolvable_cond").GetDouble();
            Assert.Equal(Cond("template") < Cond("compare") ? "template" : "compare", c.GetProperty("better_cond").GetString());
        }
    }

    [Fact]
    public void Fully_connected_templates_use_points_on_the_sphere()
    {
        var (exit, stdout, stderr) = CliRunner.Run("condition", "--arch-template", "resnet(blocks={L}, alpha=1)", "--depths", "2,4",
            "--dim", "4", "--points", "10", "--format", "json");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Contains("S^3", root.GetProperty("points").GetString());
        foreach (var r in root.GetProperty("rows").EnumerateArray())
        {
            double lambda0 = r.GetProperty("lambda0").GetDouble();
            Assert.Equal(1 + 10 * lambda0 / (1 - lambda0), r.GetProperty("double_constant_cond").GetDouble(), 1e-9);
            Assert.Equal(r.GetProperty("lambda_max").GetDouble() / r.GetProperty("lambda_min").GetDouble(), r.GetProperty("cond").GetDouble(), 1e-6);
        }
    }

    [Theory]
    [InlineData("rescnn(blocks=2)", "--depths", "1,2", "no {L} placeholder")]
    [InlineData("rescnn(blocks={L})", "--depths", "1,0", "--depths: '0' is not a depth")]
    [InlineData("rescnn(blocks={L})", "--points", "1", "--points: 1 is outside the accepted range")]
    public void Bad_requests_are_one_line_errors(string template, string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("condition", "--arch-template", template, option, value, "--channels", "2", "--pixels", "3");
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }
}
