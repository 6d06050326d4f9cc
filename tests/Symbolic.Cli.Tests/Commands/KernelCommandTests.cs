using System.Globalization;
using System.Text.Json;

namespace Symbolic.Cli.Tests.Commands;

public sealed class KernelCommandTests
{
    [Fact]
    public void Default_invocation_derives_the_built_in_resnet()
    {
        var (exit, output, error) = CliRunner.Run();
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("resnet(blocks=3, alpha=1/2)", output);
        Assert.Contains("Theta(1) = 75/32", output);   // 2Lα²(1+α²)^(L−1) = 6·¼·(5/4)² (fc-resnet.md §4.2)
    }

    [Fact]
    public void Derive_two_layer_fc_gives_the_closed_form()
    {
        var (exit, output, _) = CliRunner.Run("derive", "--arch", "fc(layers=2)", "--kernel", "ntk");
        Assert.Equal(0, exit);
        // Θ₂ = tκ₀ + κ₁ = 2t(1 − acos(t)/π) + √(1 − t²)/π (fc-resnet.md §1.3).
        Assert.Contains("Theta(t) = sqrt(1 - t^2)/pi + 2*t - 2*t*acos(t)/pi", output);
        Assert.Contains("Theta(1) = 2", output);
    }

    [Fact]
    public void Eval_json_matches_the_contract_and_reference_values()
    {
        var (exit, output, _) = CliRunner.Run("eval", "--arch", "fc(layers=3)", "--t", "0.3,0.9,-1", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("fc(layers=3)", root.GetProperty("arch").GetString());
        Assert.Equal("ntk", root.GetProperty("kernel").GetString());
        Assert.False(root.GetProperty("normalized").GetBoolean());
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(0.3, points[0].GetProperty("t").GetDouble());
        // fc-resnet.md §9.2, L = 3.
        Assert.Equal(1.0346012996128433100, points[0].GetProperty("value").GetDouble(), 13);
        Assert.Equal(2.3688136627182647773, points[1].GetProperty("value").GetDouble(), 13);
        Assert.Equal(0.31830988618379067154, points[2].GetProperty("value").GetDouble(), 13);
    }

    [Theory]
    [InlineData("fc(layers=3)", "nngp")]
    [InlineData("fc(layers=3)", "ntk")]
    [InlineData("resnet(blocks=4, alpha=0.7)", "nngp")]
    [InlineData("resnet(blocks=4, alpha=0.7)", "ntk")]
    public void Normalized_kernels_are_one_on_the_diagonal(string arch, string kernel)
    {
        var (exit, output, _) = CliRunner.Run("eval", "--arch", arch, "--kernel", kernel, "--normalize", "--t", "1", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1.0, doc.RootElement.GetProperty("points")[0].GetProperty("value").GetDouble(), 14);
    }

    [Fact]
    public void Resnet_matches_the_monte_carlo_reference_theory_column()
    {
        // fc-resnet.md §8: L = 3, α = 0.5, t = 0.3: normalised NTK 0.329181, raw 0.77152, normalised NNGP 0.401253.
        double Value(params string[] extra)
        {
            var (exit, output, _) = CliRunner.Run(["eval", "--arch", "resnet(blocks=3, alpha=0.5)", "--t", "0.3", "--format", "json", .. extra]);
            Assert.Equal(0, exit);
            using var doc = JsonDocument.Parse(output);
            return doc.RootElement.GetProperty("points")[0].GetProperty("value").GetDouble();
        }
        Assert.Equal(0.329181, Value("--normalize"), 6);
        Assert.Equal(0.77152, Value(), 5);
        Assert.Equal(0.401253, Value("--normalize", "--kernel", "nngp"), 6);
    }

    [Fact]
    public void Derive_latex_compiles_shape_and_json_has_steps()
    {
        var (exit, output, _) = CliRunner.Run("derive", "--arch", "resnet(blocks=20, alpha=0.5)", "--format", "latex");
        Assert.Equal(0, exit);
        Assert.True(output.Length < 200_000, $"{output.Length} characters of LaTeX");
        Assert.Contains(@"\begin{aligned}", output);
        var json = CliRunner.Run("derive", "--arch", "fc(layers=3)", "--format", "json").Out;
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(3, doc.RootElement.GetProperty("steps").GetArrayLength());
        Assert.Equal("3", doc.RootElement.GetProperty("ntk").GetProperty("diagonal").GetString());
    }

    [Theory]
    [InlineData("blocks must be an integer", "eval", "--arch", "resnet(blocks=-1)", "--t", "0.3")]
    [InlineData("alpha", "eval", "--arch", "resnet(blocks=2, alpha=abc)", "--t", "0.3")]
    [InlineData("relu", "derive", "--arch", "fc(layers=2, act=nope)")]
    [InlineData("t = 1.5 is outside the accepted range [-1, 1]", "eval", "--arch", "fc(layers=2)", "--t", "1.5")]
    [InlineData("'x' is not a number", "eval", "--arch", "fc(layers=2)", "--t", "0.3,x")]
    [InlineData("--arch", "eval", "--t", "0.3")]
    [InlineData("'all' not recognized", "derive", "--arch", "fc(layers=2)", "--kernel", "all")]
    public void Bad_specs_and_values_exit_2_with_one_line(string expected, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error:", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_clamps_cosines_rounded_past_one()
    {
        var (exit, output, _) = CliRunner.Run("eval", "--arch", "fc(layers=4)", "--t", "1.0000000000000002", "--normalize", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1.0, doc.RootElement.GetProperty("points")[0].GetProperty("value").GetDouble(), 14);
        Assert.Equal("1", doc.RootElement.GetProperty("points")[0].GetProperty("t").GetRawText());
        _ = CultureInfo.InvariantCulture;
    }
}
