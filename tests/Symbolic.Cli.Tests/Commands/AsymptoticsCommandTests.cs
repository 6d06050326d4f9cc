using System.Text.Json;

namespace Symbolic.Cli.Tests.Commands;

public sealed class AsymptoticsCommandTests
{
    [Fact]
    public void Expand_json_has_exact_latex_and_values()
    {
        var (exit, output, _) = CliRunner.Run("expand", "--arch", "fc(layers=3)", "--kernel", "ntk", "--at", "1", "--order", "1", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("at").GetInt32());
        var terms = doc.RootElement.GetProperty("terms").EnumerateArray().ToArray();
        var half = terms.Single(t => t.GetProperty("power").GetDouble() == 0.5);
        // Θ₃(1 − u) = 3 + c₁u^½ + …, c₁ = −(√2/π)·L(L−1)/2 = −3√2/π (fc-resnet.md §1.3).
        Assert.Equal(@"-\frac{3 \sqrt{2}}{\pi}", half.GetProperty("exact").GetString());
        Assert.Equal(-3 * Math.Sqrt(2) / Math.PI, half.GetProperty("value").GetDouble(), 14);
        Assert.Equal("3", terms[0].GetProperty("exact").GetString());
        Assert.True(terms.Max(t => t.GetProperty("power").GetDouble()) <= 1);
    }

    [Fact]
    public void Expand_at_minus_one_of_kappa1_like_nngp()
    {
        // Σ₂ = κ₁: κ₁(−1 + u) = (2√2/(3π))u^{3/2} + … (fc-resnet.md §1.2).
        var (exit, output, _) = CliRunner.Run("expand", "--arch", "fc(layers=2)", "--kernel", "nngp", "--at", "-1", "--order", "1.5", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var terms = doc.RootElement.GetProperty("terms").EnumerateArray().ToArray();
        var single = Assert.Single(terms);
        Assert.Equal(1.5, single.GetProperty("power").GetDouble());
        Assert.Equal(2 * Math.Sqrt(2) / (3 * Math.PI), single.GetProperty("value").GetDouble(), 14);
    }

    [Fact]
    public void Spectrum_of_the_two_layer_ntk_matches_the_exact_values_and_flags_parity()
    {
        var (exit, output, _) = CliRunner.Run("spectrum", "--arch", "fc(layers=2)", "--dim", "3", "--kmax", "60", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var mu = doc.RootElement.GetProperty("eigenvalues").EnumerateArray().Select(e => e.GetProperty("mu").GetDouble()).ToArray();
        // fc-resnet.md §9.4: Θ₂ on S²: ½, ⅓, 5/64, 0, 1/192, 0, 23/16384 — halved for the normalised NTK.
        double[] exact = [1.0 / 2, 1.0 / 3, 5.0 / 64, 0, 1.0 / 192, 0, 23.0 / 16384];
        for (int k = 0; k < exact.Length; k++) Assert.Equal(exact[k] / 2, mu[k], 12);
        var asymptotics = doc.RootElement.GetProperty("asymptotics");
        Assert.Equal(0.5, asymptotics.GetProperty("nu").GetDouble());
        Assert.Equal(-3, asymptotics.GetProperty("exponent").GetDouble());
        Assert.True(asymptotics.GetProperty("odd_decays_faster").GetBoolean());
        Assert.Equal(-Math.Sqrt(2) / (2 * Math.PI), asymptotics.GetProperty("c1").GetDouble(), 12);
    }

    [Fact]
    public void Spectrum_of_a_resnet_decays_like_k_to_the_minus_d_in_both_parities()
    {
        var (exit, output, _) = CliRunner.Run("spectrum", "--arch", "resnet(blocks=3, alpha=0.5)", "--dim", "3", "--kmax", "200", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var fit = doc.RootElement.GetProperty("fit");
        // Fitted over the upper two thirds; the Γ-ratio's local slope at k ≈ 100 is ≈ −2.99 (fc-resnet.md §3).
        Assert.InRange(fit.GetProperty("even_slope").GetDouble(), -3.05, -2.95);
        Assert.InRange(fit.GetProperty("odd_slope").GetDouble(), -3.05, -2.95);
        // §5.2: c₁ = −(√2/2π)[1 + (L−1)α²/(1+α²)] for L = 3, α = ½.
        Assert.Equal(-Math.Sqrt(2) / (2 * Math.PI) * 1.4, doc.RootElement.GetProperty("asymptotics").GetProperty("c1").GetDouble(), 12);
        foreach (var ratio in doc.RootElement.GetProperty("ratios").EnumerateArray().Where(r => r.GetProperty("k").GetInt32() >= 190))
            Assert.InRange(ratio.GetProperty("ratio").GetDouble(), 0.995, 1.005);
    }

    [Fact]
    public void Expand_handles_the_parity_experiment_resnet()
    {
        // Belfer's parity setting L = 50, α = 1/50 (fc-resnet.md §5.3): the diagonals (1 + α²)^L must stay exact, or the
        // end-point constant term is no longer exactly 1 and the expansion fails. §5.2: c₁ = −(√2/2π)[1 + (L−1)α²/(1+α²)].
        var (exit, output, error) = CliRunner.Run("expand", "--arch", "resnet(blocks=50, alpha=1/50)", "--normalize", "--order", "0.5", "--format", "json");
        Assert.True(exit == 0, error);
        using var doc = JsonDocument.Parse(output);
        var half = doc.RootElement.GetProperty("terms").EnumerateArray().Single(t => t.GetProperty("power").GetDouble() == 0.5);
        double alpha2 = 1.0 / 2500;
        Assert.Equal(-Math.Sqrt(2) / (2 * Math.PI) * (1 + 49 * alpha2 / (1 + alpha2)), half.GetProperty("value").GetDouble(), 12);
    }

    [Fact]
    public void Spectrum_writes_the_plot_atomically()
    {
        var path = Path.Combine(Path.GetTempPath(), $"symbolic-spectrum-{Guid.NewGuid():N}.png");
        try
        {
            var (exit, _, _) = CliRunner.Run("spectrum", "--arch", "fc(layers=3)", "--dim", "2", "--kmax", "40", "--plot", path);
            Assert.Equal(0, exit);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], bytes[..4]);   // PNG signature
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), $".{Path.GetFileName(path)}*"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--order", "expand", "--arch", "fc(layers=2)", "--order", "-1")]
    [InlineData("--order", "expand", "--arch", "fc(layers=2)", "--order", "0.3")]
    [InlineData("'0' not recognized", "expand", "--arch", "fc(layers=2)", "--at", "0")]
    [InlineData("dimension", "spectrum", "--arch", "fc(layers=2)", "--dim", "1")]
    [InlineData("--window", "spectrum", "--arch", "fc(layers=2)", "--dim", "3", "--kmax", "20", "--window", "5,50")]
    [InlineData("does not exist", "spectrum", "--arch", "fc(layers=2)", "--dim", "3", "--kmax", "20", "--plot", "/nonexistent/dir/p.png")]
    public void Bad_values_exit_2(string expected, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error);
        _ = output;
    }
}
