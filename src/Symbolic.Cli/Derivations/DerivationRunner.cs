using System.Diagnostics;
using System.Globalization;

namespace Symbolic.Cli.Derivations;

/// <summary>Runs a derivation file: parses it, executes its steps in order, evaluates its claims and writes the
/// report folder <c>{outputRoot}/{name}/</c>.</summary>
public static class DerivationRunner
{
    /// <summary>The file extension of derivation files.</summary>
    public const string Extension = ".toml";

    /// <summary>The derivation files <paramref name="path"/> names: the file itself, or the folder's
    /// <c>*.toml</c> files in ordinal order.</summary>
    /// <exception cref="UserError">The path does not exist or the folder holds no derivation.</exception>
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path)) return [path];
        if (!Directory.Exists(path)) throw new UserError($"'{path}' is neither a derivation file nor a folder");
        var files = Directory.GetFiles(path, "*" + Extension).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new UserError($"folder '{path}' holds no *{Extension} derivation files");
        return files;
    }

    /// <summary>Reads and parses a derivation file.</summary>
    public static Derivation Load(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (IOException e)
        {
            throw new UserError($"cannot read '{file}': {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"cannot read '{file}': {e.Message}");
        }
        return Derivation.Parse(text, Path.GetFileName(file));
    }

    /// <summary>Runs <paramref name="derivation"/> (read from <paramref name="file"/>), writing the report under
    /// <paramref name="outputRoot"/>/name; progress lines go to <paramref name="log"/>; report.pdf only when
    /// <paramref name="compilePdf"/> and pdflatex is installed.</summary>
    public static DerivationResult Run(Derivation derivation, string file, string outputRoot, TextWriter log, bool compilePdf = true)
    {
        var folder = Path.Combine(outputRoot, derivation.Name);
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"cannot create '{folder}': {e.Message}");
        }
        var context = new DerivationContext(folder);
        foreach (var step in derivation.Steps)
        {
            Interruption.ThrowIfInterrupted();
            var clock = Stopwatch.StartNew();
            switch (step.Kind)
            {
                case "derive": DeriveStep.Run(step, context); break;
                case "sweep": SweepStep.Run(step, context); break;
                case "spectrum": SpectrumStep.Run(step, context); break;
                case "regression": RegressionStep.Run(step, context); break;
                case "multisphere": MultiSphereStep.Run(step, context); break;
                case "condition": ConditionStep.Run(step, context); break;
                case "mc": McStep.Run(step, context); break;
                case "variance": VarianceStep.Run(step, context); break;
                default: throw new InvalidOperationException($"step kind '{step.Kind}' passed parsing but has no runner");
            }
            log.WriteLine($"  step {step.Id} ({step.Kind}) done in {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        }
        Interruption.ThrowIfInterrupted();
        var verdicts = derivation.Claims.Select(c => ClaimEvaluator.Evaluate(c, context.Measurements, Path.GetFileName(file))).ToList();
        var (pdf, note) = ReportWriter.Write(derivation, context, verdicts, compilePdf);
        return new DerivationResult(derivation, folder, verdicts, pdf, note);
    }
}
