using System.Diagnostics;
using System.Runtime.InteropServices;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Tests.Robustness;

/// <summary>
/// A long <c>gram</c> run killed mid-way with SIGINT or SIGTERM leaves the previous output file untouched and no temporary
/// file behind, says it was interrupted, and exits 130 (issue #9: no lost or partial results). The run is a real process.
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private const int SigInt = 2, SigTerm = 15;
    private readonly string _folder = Directory.CreateTempSubdirectory("symbolic-interrupt-").FullName;

    [Theory]
    [InlineData(SigInt, null)]
    [InlineData(SigTerm, null)]
    [InlineData(SigInt, "1")] // streamed: the matrix goes to the temporary file tile by tile
    public void InterruptedGramKeepsThePreviousFile(int signal, string? memoryLimitMiB)
    {
        var data = Path.Combine(_folder, "points.npy");
        var random = new Random(7);
        int n = 2000, d = 3;
        NpyFile.Write(data, [.. Enumerable.Range(0, n * d).Select(_ => random.NextDouble() - 0.5)], n, d);
        var output = Path.Combine(_folder, "K.npy");
        byte[] previous = [1, 2, 3, 4, 5];
        File.WriteAllBytes(output, previous);

        var args = new List<string> { "gram", "--arch", "fc(layers=200)", "--data", data, "--output", output, "--threads", "1" };
        if (memoryLimitMiB is not null) args.AddRange(["--memory-limit", memoryLimitMiB]);
        var (exit, stderr, interruptedAt) = RunAndSignal(args, signal, readyLine: "gram: 0%");

        Assert.True(interruptedAt is not null, $"the run ended before it could be interrupted: {stderr}");
        if (IgnoredByThisProcess(signal))
        {
            // A job started in the background (e.g. `.ci/run &`) inherits SIGINT ignored, and POSIX programs keep it so:
            // the run then completes, and the contract is the other half — the complete new file, no temporary left.
            Assert.Equal(ExitCodes.Ok, exit);
            Assert.True(NpyFile.TryRead(output, out _, out var header, out var error), error);
            Assert.Equal((2000L, 2000L), (header.Rows, header.Columns));
            Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
            return;
        }
        Assert.Equal(ExitCodes.Interrupted, exit);
        Assert.Contains("interrupted", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
        Assert.Equal(previous, File.ReadAllBytes(output));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    /// <summary>Starts the CLI, waits for <paramref name="readyLine"/> on stderr, sends <paramref name="signal"/>, waits.</summary>
    private static (int Exit, string Stderr, TimeSpan? InterruptedAt) RunAndSignal(IEnumerable<string> args, int signal, string readyLine)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "symbolic.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var clock = Stopwatch.StartNew();
        var stderr = new System.Text.StringBuilder();
        TimeSpan? signalled = null;
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        while (process.StandardError.ReadLine() is { } line)
        {
            stderr.AppendLine(line);
            if (signalled is null && line.StartsWith(readyLine, StringComparison.Ordinal))
            {
                Assert.Equal(0, Kill(process.Id, signal));
                signalled = clock.Elapsed;
            }
        }
        if (!process.WaitForExit(60_000)) process.Kill(entireProcessTree: true);
        stdoutTask.Wait();
        return (process.ExitCode, stderr.ToString(), signalled);
    }

    /// <summary>Whether <paramref name="signal"/> is ignored by this process (SigIgn in /proc/self/status), and so by
    /// the child it starts.</summary>
    private static bool IgnoredByThisProcess(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
