using System.Runtime.InteropServices;
using System.Text;

namespace Symbolic.Cli.Bench;

/// <summary>Writes the benchmark table as Markdown with the machine description (CPU model from /proc/cpuinfo,
/// logical processors, OS, runtime, SIMD width in use).</summary>
public static class BenchReport
{
    /// <summary>The table header row (the smoke test checks for it).</summary>
    public const string Header = "| benchmark | case | ours | peer (same run) | ratio |";

    /// <summary>The Markdown document.</summary>
    public static string Markdown(IReadOnlyList<BenchRow> rows, bool quick, DateTime utc)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine("# Benchmark results");
        text.AppendLine();
        text.AppendLine($"Written by `symbolic bench{(quick ? " --quick" : "")}` on {utc:yyyy-MM-dd HH:mm} UTC." +
                        (quick ? " Smoke-run sizes: the numbers are not meaningful." : ""));
        text.AppendLine();
        text.AppendLine("## Machine");
        text.AppendLine();
        foreach (var line in Machine()) text.AppendLine($"- {line}");
        text.AppendLine();
        text.AppendLine("## Results");
        text.AppendLine();
        text.AppendLine("Ratios are peer/ours (above 1: we are faster) unless the cell says otherwise; every peer ran in this same run.");
        text.AppendLine();
        text.AppendLine(Header);
        text.AppendLine("|---|---|---:|---|---:|");
        foreach (var row in rows)
            text.AppendLine($"| {Cell(row.Section)} | {Cell(row.Case)} | {Cell(row.Ours)} | {Cell(row.Peer)} | {Cell(row.Ratio)} |");
        return text.ToString();
    }

    /// <summary>The machine description lines.</summary>
    public static IEnumerable<string> Machine()
    {
        string cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
            // keep "unknown CPU"
        }
        yield return $"CPU: {cpu}, {Environment.ProcessorCount} logical processors";
        yield return $"OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})";
        yield return $"Runtime: {RuntimeInformation.FrameworkDescription}";
        yield return $"SIMD: Vector512 accelerated = {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, " +
                     $"Vector256 accelerated = {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
