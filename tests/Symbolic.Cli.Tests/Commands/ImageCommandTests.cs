using System.Globalization;
using System.Text.Json;
using Symbolic.Kernels.Activations;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Tests.Commands;

/// <summary><c>eval</c>, <c>derive</c>, <c>spectrum</c> and <c>mc</c> on convolutional architectures (conv-dense.md §2.2–2.5).</summary>
public sealed class ImageCommandTests
{
    private const string ResCnn1 = "rescnn(blocks=1, alpha=1, head=eq)";
    // Two images of d = 4 pixels, C0 = 2 (pixel-major; not unit: the CLI normalises every pixel).
    private const string X = "1,0,0.6,0.8,0,2,1,1";
    private const string Z = "0,1,3,0,0,1,1,0";
    // Per-pixel cosines after normalisation: t = (0, 0.6, 1, 1/√2); t̄ at pixel 0 = (t₃ + t₀ + t₁)/3.
    private static readonly double[] T = [0, 0.6, 1, Math.Sqrt(0.5)];
    private static readonly double TBar = (T[3] + T[0] + T[1]) / 3;

    private static JsonElement Json(params string[] args)
    {
        var (exit, stdout, stderr) = CliRunner.Run(args);
        Assert.True(exit == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    [Fact]
    public void Eval_of_an_image_pair_matches_the_L1_closed_forms_of_section_2_2_and_2_3()
    {
        var root = Json("eval", "--arch", ResCnn1, "--x", X, "--z", Z, "--channels", "2", "--kernel", "both", "--format", "json");
        Assert.Equal((2, 4), (root.GetProperty("channels").GetInt32(), root.GetProperty("pixels").GetInt32()));
        var cosines = root.GetProperty("cosines").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        for (int i = 0; i < 4; i++) Assert.Equal(T[i], cosines[i], 1e-15);
        // ResCGPK = [t₀ + κ₁(t̄)]/2, ResCNTK = [t₀ + κ₁(t̄) + t̄κ₀(t̄)]/3 (α = 1, normalised); raw diagonals 2 and 6.
        var nngp = root.GetProperty("nngp");
        Assert.Equal((T[0] + ArcCosine.Kappa1(TBar)) / 2, nngp.GetProperty("normalized").GetDouble(), 1e-12);
        Assert.Equal(2.0, nngp.GetProperty("xx").GetDouble(), 1e-12);
        var ntk = root.GetProperty("ntk");
        Assert.Equal((T[0] + ArcCosine.Kappa1(TBar) + TBar * ArcCosine.Kappa0(TBar)) / 3, ntk.GetProperty("normalized").GetDouble(), 1e-12);
        Assert.Equal(6.0, ntk.GetProperty("zz").GetDouble(), 1e-12);
        Assert.Equal(ntk.GetProperty("raw").GetDouble(), ntk.GetProperty("value").GetDouble());
    }

    [Fact]
    public void Eval_of_a_vector_pair_on_a_fully_connected_arch_is_eval_at_the_cosine()
    {
        var pair = Json("eval", "--arch", "fc(layers=3)", "--x", "1,2,2", "--z", "0,3,4", "--format", "json");
        var atT = Json("eval", "--arch", "fc(layers=3)", "--t", (14.0 / 15).ToString("R", CultureInfo.InvariantCulture), "--format", "json");
        var p = pair.GetProperty("points")[0];
        Assert.Equal(14.0 / 15, p.GetProperty("t").GetDouble(), 1e-15);
        Assert.Equal(atT.GetProperty("points")[0].GetProperty("value").GetDouble(), p.GetProperty("value").GetDouble(), 1e-14);
    }

    [Theory]
    [InlineData("--t", "0.3", "is convolutional: its kernel is not a function of one cosine")]
    [InlineData("--x", "1,0", "--z: missing")]
    public void Eval_refuses_mixed_inputs(string option, string value, string message)
    {
        var (exit, _, stderr) = CliRunner.Run("eval", "--arch", ResCnn1, option, value, "--channels", "2");
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void Derive_with_pixels_prints_the_L1_closed_form_whose_value_matches_the_formula()
    {
        var root = Json("derive", "--arch", ResCnn1, "--pixels", "4", "--kernel", "ntk", "--normalize", "--format", "json");
        Assert.Equal(["t_0", "t_1", "t_2", "t_3"], root.GetProperty("variables").EnumerateArray().Select(v => v.GetString()!).ToArray());
        Assert.Contains("t_m = <x_m, z_m>", root.GetProperty("convention").GetString());
        var text = root.GetProperty("ntk").GetProperty("text").GetString()!;
        var at = string.Join(",", T.Select((t, i) => $"t_{i}={t.ToString("R", CultureInfo.InvariantCulture)}"));
        var value = Json("expr", "eval", text, "--at", at, "--format", "json").GetProperty("value").GetDouble();
        Assert.Equal((T[0] + ArcCosine.Kappa1(TBar) + TBar * ArcCosine.Kappa0(TBar)) / 3, value, 1e-12);
        var plain = CliRunner.Run("derive", "--arch", ResCnn1, "--pixels", "4");
        Assert.Contains("t_m = <x_m, z_m>", plain.Out);
        Assert.Contains("K(x,x) = 2", plain.Out);
    }

    [Fact]
    public void Derive_refuses_gap_heads_and_pixels_for_fully_connected_archs()
    {
        var (exit, _, stderr) = CliRunner.Run("derive", "--arch", "rescnn(blocks=1, head=gap)", "--pixels", "4");
        Assert.Equal(2, exit);
        Assert.Contains("gap head", stderr);
        (exit, _, stderr) = CliRunner.Run("derive", "--arch", "fc(layers=2)", "--pixels", "4");
        Assert.Equal(2, exit);
        Assert.Contains("fully connected", stderr);
    }

    [Theory]
    [InlineData("rescnn(blocks=2, alpha=1, head=eq)", "nngp", true, 2)]
    [InlineData("cnn(layers=1, head=gap)", "ntk", false, 1)]
    public void Spectrum_on_the_torus_through_the_image_evaluator_agrees_with_Spectrals_own_recursion(string arch, string kernel, bool residual, int blocks)
    {
        var root = Json("spectrum", "--arch", arch, "--channels", "2", "--pixels", "3", "--kmax", "2", "--kernel", kernel, "--format", "json");
        Assert.Contains("image evaluator", root.GetProperty("evaluator").GetString());
        var net = new CanonicalConvNet(residual, kernel == "nngp" ? ConvKernelKind.Gp : ConvKernelKind.Ntk, 3, 3, blocks);
        var reference = MultiSphereAnalysis.Analyse(net, 2, 2);
        var rows = root.GetProperty("rows");
        Assert.Equal(reference.Rows.Length, rows.GetArrayLength());
        for (int i = 0; i < rows.GetArrayLength(); i++)
        {
            Assert.Equal(reference.Rows[i].Frequency, rows[i].GetProperty("k").EnumerateArray().Select(e => e.GetInt32()).ToArray());
            Assert.Equal(reference.Rows[i].Lambda, rows[i].GetProperty("lambda").GetDouble(), 1e-12);
            Assert.Equal(reference.Rows[i].Gap, rows[i].GetProperty("gap").GetDouble(), 1e-12);
        }
        Assert.Equal(reference.PredictedCondition(100), root.GetProperty("predicted_cond").GetDouble(), 1e-9);
    }

    [Fact]
    public void Spectrum_with_three_channels_uses_the_power_series_and_unsupported_archs_list_what_is()
    {
        var root = Json("spectrum", "--arch", "cnn(layers=1)", "--channels", "3", "--pixels", "3", "--kmax", "1", "--format", "json");
        Assert.Contains("power series", root.GetProperty("method").GetString());
        Assert.Equal(3, root.GetProperty("channels").GetInt32());
        var (exit, _, stderr) = CliRunner.Run("spectrum", "--arch", "rescnn(blocks=1, q0=3)", "--channels", "2", "--pixels", "3");
        Assert.Equal(2, exit);
        Assert.Contains("supported: rescnn(", stderr);
    }

    [Fact]
    public void Mc_on_random_image_pairs_agrees_with_the_image_evaluator_and_fc_still_needs_t()
    {
        var (exit, stdout, stderr) = CliRunner.Run("mc", "--arch", "rescnn(blocks=1, alpha=1, head=gap)", "--channels", "2", "--pixels", "3",
            "--width", "16", "--samples", "80", "--seed", "7", "--kernel", "nngp", "--format", "json");
        Assert.True(exit == 0, stderr + stdout);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(3, root.GetProperty("points").GetArrayLength());
        Assert.All(root.GetProperty("points").EnumerateArray(), p => Assert.True(p.GetProperty("agrees").GetBoolean()));
        var pair = Json("mc", "--arch", ResCnn1, "--channels", "2", "--x", X, "--z", Z, "--width", "8", "--samples", "20", "--normalize", "--format", "json");
        Assert.Equal((T[0] + ArcCosine.Kappa1(TBar) + TBar * ArcCosine.Kappa0(TBar)) / 3, pair.GetProperty("points")[0].GetProperty("analytic").GetDouble(), 1e-12);
        (exit, _, stderr) = CliRunner.Run("mc", "--arch", "fc(layers=2)", "--width", "8", "--samples", "4");
        Assert.Equal(2, exit);
        Assert.Contains("--t", stderr);
    }
}
