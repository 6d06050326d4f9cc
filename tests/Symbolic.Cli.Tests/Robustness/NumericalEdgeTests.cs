using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Cli.Commands;
using Symbolic.Compilation;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Tests.Robustness;

/// <summary>
/// Issue #9, numerical edges: t exactly ±1 and one ulp inside or outside (rounding past ±1 is clamped, never NaN),
/// α from 10⁻³ to 10³, depth 10⁴, zero-norm and float32 inputs — through the compiled delegate, the vectorised tape and the
/// command line.
/// </summary>
public sealed class NumericalEdgeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("symbolic-edges-").FullName;

    public static Arbitrary<string> Specs() => Gen.OneOf(
        Gen.Choose(1, 12).Select(l => $"fc(layers={l})"),
        Gen.Choose(1, 12).Select(l => $"fc(layers={l}, bias=0.1)"),
        Gen.Choose(1, 8).Zip(Gen.Elements("1/1000", "1/10", "1/2", "1", "10", "1000")).Select(p => $"resnet(blocks={p.Item1}, alpha={p.Item2})"),
        Gen.Choose(1, 8).Zip(Gen.Elements("1/4", "1/2", "1")).Select(p => $"resnet(blocks={p.Item1}, gamma={p.Item2})"),
        Gen.Choose(1, 6).Select(l => $"fc(layers={l}, act=erf)")).ToArbitrary();

    [Property(Arbitrary = [typeof(NumericalEdgeTests)], MaxTest = 80, Replay = "(1234,5679)")]
    public void Kernels_at_and_one_ulp_inside_plus_minus_one_are_finite_and_bounded(string spec)
    {
        var (derivation, _) = KernelOptions.Derive(spec);
        double[] edges = [-1, Math.BitIncrement(-1.0), Math.BitDecrement(1.0), 1];
        foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
        {
            var kernel = derivation.Kernel(kind, normalized: true);
            if (kernel is null) continue; // an NTK with no trained layer has no normalised form
            var scalar = CompiledFunction.Create(kernel, derivation.Variable);
            var batch = new double[edges.Length];
            KernelFunctions.Evaluate(kernel, derivation.Variable, edges, batch);
            for (int i = 0; i < edges.Length; i++)
            {
                double value = scalar.Invoke(edges[i]);
                Assert.True(double.IsFinite(value) && Math.Abs(value) <= 1 + 1e-12, $"{spec} {kind} at t = {edges[i]:R}: {value:R}");
                Assert.True(Math.Abs(batch[i] - value) <= 1e-13, $"{spec} {kind} at t = {edges[i]:R}: tape {batch[i]:R} vs compiled {value:R}");
            }
            Assert.Equal(1.0, scalar.Invoke(1), 12);
        }
    }

    /// <summary>The kernels' domain is t ∈ [−1, 1]; the inputs that can round past it — --t values and data cosines — are
    /// clamped at the boundary: one ulp past ±1 gives the value at ±1, further out is refused (eval) or NaN-free (gram).</summary>
    [Theory]
    [InlineData("fc(layers=8)")]
    [InlineData("resnet(blocks=5, alpha=1000)")]
    [InlineData("fc(layers=3, act=erf)")]
    public void One_ulp_past_plus_minus_one_is_clamped_at_the_input(string spec)
    {
        var past = CliRunner.Run("eval", "--arch", spec, "--kernel", "both", "--normalize", "--t", "1.0000000000000002,-1.0000000000000002", "--format", "json");
        var at = CliRunner.Run("eval", "--arch", spec, "--kernel", "both", "--normalize", "--t", "1,-1", "--format", "json");
        Assert.True(past.Exit == 0, past.Err);
        Assert.DoesNotContain("NaN", past.Out);
        Assert.Equal(Values(at.Out), Values(past.Out));
        var far = CliRunner.Run("eval", "--arch", spec, "--t", "1.001");
        Assert.Equal(ExitCodes.UserError, far.Exit);
        Assert.Contains("[-1, 1]", far.Err);
    }

    private static string Values(string json) =>
        string.Join(";", JsonDocument.Parse(json).RootElement.GetProperty("points").EnumerateArray()
            .Select(p => $"{p.GetProperty("nngp")}|{p.GetProperty("ntk")}"));

    [Fact]
    public void Depth_ten_thousand_evaluates_to_the_degenerate_limit()
    {
        var (exit, stdout, stderr) = CliRunner.Run("eval", "--arch", "fc(layers=10000)", "--t", "0.5,1,-1", "--normalize", "--format", "json");
        Assert.True(exit == 0, stderr);
        var values = JsonDocument.Parse(stdout).RootElement.GetProperty("points").EnumerateArray()
            .Select(v => v.GetProperty("value").GetDouble()).ToArray();
        Assert.Equal(0.25, values[0], 2); // Θ_L/L → 1/4 away from the diagonal (fc-resnet.md §4.3)
        Assert.Equal(1.0, values[1], 12);
        Assert.Equal(0.25, values[2], 2);
    }

    [Fact]
    public void Alpha_zero_is_refused_with_the_accepted_range()
    {
        var (exit, _, stderr) = CliRunner.Run("eval", "--arch", "resnet(blocks=3, alpha=0)", "--t", "0.5");
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("alpha must be a number > 0, got 0", stderr);
    }

    [Fact]
    public void Zero_norm_rows_are_refused_naming_the_row()
    {
        var data = Path.Combine(_folder, "zero.csv");
        File.WriteAllText(data, "1,0,0\n0,0,0\n0,1,0\n");
        var (exit, _, stderr) = CliRunner.Run("gram", "--arch", "fc(layers=2)", "--data", data);
        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Contains("rows 1", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Float32_npy_data_gives_the_gram_matrix_of_the_widened_values()
    {
        var random = new Random(3);
        var singles = Enumerable.Range(0, 12).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var f32 = Path.Combine(_folder, "p32.npy");
        var f64 = Path.Combine(_folder, "p64.npy");
        WriteFloat32(f32, singles, 4, 3);
        NpyFile.Write(f64, [.. singles.Select(v => (double)v)], 4, 3);
        var a = CliRunner.Run("gram", "--arch", "fc(layers=3)", "--data", f32, "--format", "json");
        var b = CliRunner.Run("gram", "--arch", "fc(layers=3)", "--data", f64, "--format", "json");
        Assert.True(a.Exit == 0, a.Err);
        Assert.Equal(JsonDocument.Parse(b.Out).RootElement.GetProperty("gram").ToString(), JsonDocument.Parse(a.Out).RootElement.GetProperty("gram").ToString());
    }

    private static void WriteFloat32(string path, float[] values, int rows, int columns)
    {
        var dictionary = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({rows}, {columns}), }}";
        var header = System.Text.Encoding.ASCII.GetBytes(dictionary.PadRight(117) + "\n");
        using var stream = File.Create(path);
        stream.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0, (byte)header.Length, 0]);
        stream.Write(header);
        foreach (var v in values) stream.Write(BitConverter.GetBytes(v));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
