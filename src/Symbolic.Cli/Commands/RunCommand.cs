using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Derivations;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic run PATH [--out DIR] [--fast-only]</c>: runs a derivation file (or every <c>*.toml</c> in a
/// folder), writes each report to <c>DIR/&lt;name&gt;/</c> (report.md, report.tex, report.pdf when pdflatex exists,
/// PNG figures, verdicts.json) and exits with <see cref="ExitCodes.CheckFailed"/> when any claim fails.</summary>
public static class RunCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A derivation file (*.toml) or a folder of them, e.g. derivations/." };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the reports; each goes to DIR/<name>/.", DefaultValueFactory = _ => "reports" };
        var fastOnly = new Option<bool>("--fast-only") { Description = "Skip derivations marked speed = \"slow\"." };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Do not compile report.pdf even when pdflatex is installed." };
        var command = new Command("run", "Run derivations: compute their steps, check their claims, write reports.") { path, output, fastOnly, noPdf };
        command.SetAction(r => Run(r.InvocationConfiguration.Output, r.GetValue(path)!, r.GetValue(output)!, r.GetValue(fastOnly), !r.GetValue(noPdf)));
        return command;
    }

    /// <summary>Runs the derivations at <paramref name="path"/>; returns the exit code.</summary>
    public static int Run(TextWriter output, string path, string outputRoot, bool fastOnly, bool compilePdf = true)
    {
        var failed = 0;
        foreach (var file in DerivationRunner.Files(path))
        {
            var derivation = DerivationRunner.Load(file);
            if (fastOnly && derivation.Slow)
            {
                output.WriteLine($"{derivation.Name}: skipped (slow; run without --fast-only)");
                continue;
            }
            output.WriteLine($"{derivation.Name}: {derivation.Title}");
            var result = DerivationRunner.Run(derivation, file, outputRoot, output, compilePdf);
            foreach (var v in result.Verdicts)
                output.WriteLine($"  [{(v.Pass ? "pass" : "FAIL")}] {v.Claim}: measured {Format(v.Measured)}, expected {Format(v.Expected)} ({v.Mode} {Format(v.Tolerance)})");
            output.WriteLine($"  {result.Verdicts.Count(v => v.Pass)}/{result.Verdicts.Count} claims pass; report in {result.Folder}. {result.PdfNote}");
            if (!result.Passed) failed++;
            Interruption.Finished($"derivation {derivation.Name} (report in {result.Folder})");
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
