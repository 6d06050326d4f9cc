using System.Text.Json;
using Symbolic.Cli.Bench;

namespace Symbolic.Cli.Tests.Bench;

public sealed class BenchCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bench-cli").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Quick_run_writes_a_well_formed_table_with_the_machine_description()
    {
        var path = Path.Combine(_folder, "results.md");
        var (exit, stdout, stderr) = BenchRunner.Run("bench", "--quick", "--output", path, "--threads", "2");
        Assert.True(exit == 0, stderr);
        var text = File.ReadAllText(path);
        Assert.Equal(text, stdout);
        Assert.Contains("## Machine", text);
        Assert.Contains("- CPU: ", text);
        Assert.Contains("- Runtime: .NET", text);
        var lines = text.Split('\n');
        int header = Array.IndexOf(lines, BenchReport.Header);
        Assert.True(header > 0);
        var rows = lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).ToList();
        foreach (var section in new[] { "1 eval", "2 gram", "3 expand", "4 spectrum", "5 dag" })
            Assert.Contains(rows, r => r.StartsWith($"| {section} |", StringComparison.Ordinal));
        foreach (var row in rows)
        {
            var cells = row.Replace("\\|", "", StringComparison.Ordinal).Split('|');
            Assert.Equal(7, cells.Length); // leading and trailing empties around five cells
            Assert.All(cells[1..6], c => Assert.False(string.IsNullOrWhiteSpace(c), row));
        }
        // Our own measurements are always present: a number with a unit.
        Assert.Contains(rows, r => r.Contains("ns/eval", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("unique nodes", StringComparison.Ordinal));
        Assert.Contains("bench: 1. kernel evaluation", stderr);
    }

    [Fact]
    public void Bench_eval_prints_ns_per_eval_and_threads_as_json()
    {
        var (exit, stdout, stderr) = BenchRunner.Run("bench", "eval", "--arch", "fc(layers=3)", "--n", "4096", "--threads", "1", "--reps", "2", "--format", "json");
        Assert.True(exit == 0, stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.True(root.GetProperty("ns_per_eval").GetDouble() > 0);
        Assert.Equal(1, root.GetProperty("threads").GetInt32());
        Assert.Equal(4096, root.GetProperty("n").GetInt32());
        // Σ Θ₃(tᵢ) over an even grid approximates 4096·mean(Θ₃) > 0, the same for any thread count.
        var (_, twoThreads, _) = BenchRunner.Run("bench", "eval", "--arch", "fc(layers=3)", "--n", "4096", "--threads", "2", "--reps", "1", "--format", "json");
        Assert.Equal(root.GetProperty("checksum").GetDouble(), JsonDocument.Parse(twoThreads).RootElement.GetProperty("checksum").GetDouble());
    }

    [Theory]
    [InlineData("--n", "0", "--n")]
    [InlineData("--threads", "0", "--threads")]
    [InlineData("--reps", "0", "--reps")]
    public void Bench_eval_rejects_bad_sizes_with_one_line(string option, string value, string message)
    {
        var (exit, _, stderr) = BenchRunner.Run("bench", "eval", "--arch", "fc(layers=3)", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(message, stderr);
    }

    /// <summary>The peers time the same function as ours: their checksums Σ K(tᵢ) agree with our compiled kernel's
    /// (C with -ffast-math and numpy sum in other orders, hence 1e-10, far below any recursion mistake).</summary>
    [Theory]
    [InlineData("fc(layers=10)", "fc", null)]
    [InlineData("resnet(blocks=10, alpha=0.5)", "res", "0.5")]
    [InlineData("resnet(blocks=3, alpha=1.5)", "res", "1.5")]
    public void Peer_programs_compute_the_same_kernel_as_ours(string spec, string family, string? alpha)
    {
        const int n = 4096;
        var (_, ours) = EvalBenchmark.Measure(EvalBenchmark.Compile(spec, Symbolic.Kernels.KernelKind.Ntk), n, 1, 1);
        string depth = spec.Contains("=10", StringComparison.Ordinal) ? "10" : "3";
        string[] args = alpha is null ? [$"{n}", depth, "1"] : [$"{n}", depth, alpha, "1"];
        var peers = new Peers(_folder);
        var c = family == "fc" ? peers.RunC("fc", PeerScripts.CEval, args, TimeSpan.FromSeconds(60)) : peers.RunC("res", PeerScripts.CResEval, args, TimeSpan.FromSeconds(60));
        var numpy = family == "fc"
            ? peers.RunPython("numpy", "fc.py", PeerScripts.NumpyEval, args, TimeSpan.FromSeconds(60))
            : peers.RunPython("numpy", "res.py", PeerScripts.NumpyResEval, args, TimeSpan.FromSeconds(60));
        foreach (var peer in new[] { c, numpy })
        {
            if (peer.Seconds is null) { Assert.Contains("not installed", peer.Note); continue; } // peer absent here
            Assert.NotNull(peer.Checksum);
            Assert.True(Math.Abs(peer.Checksum!.Value - ours) <= 1e-10 * Math.Abs(ours), $"{spec}: peer {peer.Checksum} vs ours {ours}");
        }
    }

    [Fact]
    public void Missing_peers_are_reported_not_fatal()
    {
        var peers = new Peers(_folder);
        var result = peers.RunPython("no_such_module_xyz", "x.py", "print(1)", [], TimeSpan.FromSeconds(10));
        Assert.Null(result.Seconds);
        Assert.Contains("not installed", result.Note);
    }

    [Fact]
    public void Peer_timeouts_are_reported()
    {
        var peers = new Peers(_folder);
        if (peers.Python("time") is null) return; // no Python at all on this machine: nothing to time out
        var result = peers.RunPython("time", "sleep.py", "import time\ntime.sleep(30)\n", [], TimeSpan.FromSeconds(1));
        Assert.Null(result.Seconds);
        Assert.Equal("timed out after 1 s", result.Note);
    }
}
