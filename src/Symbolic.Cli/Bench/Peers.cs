using System.Diagnostics;
using System.Globalization;

namespace Symbolic.Cli.Bench;

/// <summary>
/// Runs the peers of the benchmark as child processes: numpy (Debian <c>/usr/bin/python3</c> with python3-numpy, or
/// the first <c>python3</c> on PATH with numpy), SymPy and scipy, and the C reference compiled with
/// <c>gcc -O3 -march=native -ffast-math</c> (glibc's libmvec vector acos). Each program prints one line
/// "SECONDS CHECKSUM"; an absent tool, a failure or a timeout gives <see cref="PeerResult.Unavailable"/> with the
/// reason instead of failing the benchmark. <c>bench/setup.sh</c> installs the Debian packages.
/// </summary>
public sealed class Peers(string workFolder)
{
    private readonly Dictionary<string, string?> _pythons = [];

    /// <summary>A Python interpreter that can import <paramref name="module"/>, or null.</summary>
    public string? Python(string module)
    {
        if (_pythons.TryGetValue(module, out var known)) return known;
        string? found = null;
        foreach (var candidate in new[] { "/usr/bin/python3", "python3" })
            if (Execute(candidate, ["-c", $"import {module}"], TimeSpan.FromSeconds(60)).Exit == 0) { found = candidate; break; }
        return _pythons[module] = found;
    }

    /// <summary>Runs a Python <paramref name="script"/> with <paramref name="arguments"/> under an interpreter that has <paramref name="module"/>.</summary>
    public PeerResult RunPython(string module, string name, string script, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var python = Python(module);
        if (python is null) return PeerResult.Unavailable($"{module} not installed (run bench/setup.sh: apt-get install python3-{module})");
        var path = Path.Combine(workFolder, name);
        File.WriteAllText(path, script);
        return Parse(Execute(python, [path, .. arguments], timeout), timeout);
    }

    /// <summary>Compiles <paramref name="source"/> with gcc -O3 -march=native -ffast-math and runs it.</summary>
    public PeerResult RunC(string name, string source, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var sourcePath = Path.Combine(workFolder, name + ".c");
        var binary = Path.Combine(workFolder, name);
        File.WriteAllText(sourcePath, source);
        var build = Execute("gcc", ["-O3", "-march=native", "-ffast-math", "-o", binary, sourcePath, "-lm"], TimeSpan.FromSeconds(120));
        if (build.Exit != 0) return PeerResult.Unavailable(build.Exit == -1 ? "gcc not installed (apt-get install gcc)" : $"gcc failed: {FirstLine(build.Error)}");
        return Parse(Execute(binary, arguments, timeout), timeout);
    }

    private static PeerResult Parse((int Exit, string Output, string Error, bool TimedOut) run, TimeSpan timeout)
    {
        if (run.TimedOut) return PeerResult.Unavailable($"timed out after {timeout.TotalSeconds:0} s");
        if (run.Exit != 0) return PeerResult.Unavailable($"failed (exit {run.Exit}): {FirstLine(run.Error)}");
        var parts = run.Output.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 1 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return PeerResult.Unavailable($"unexpected output '{FirstLine(run.Output)}'");
        double? checksum = parts.Length > 1 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : null;
        return new PeerResult(seconds, checksum, "");
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    /// <summary>Runs a program; exit −1 when it cannot be started.</summary>
    private static (int Exit, string Output, string Error, bool TimedOut) Execute(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (-1, "", e.Message, false);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return (-2, "", "", true);
            }
            return (process.ExitCode, output.Result, error.Result, false);
        }
    }
}
