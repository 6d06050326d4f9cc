using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Symbolic.Cli.Files;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// Writes a run's report folder: <c>report.md</c>, <c>report.tex</c>, <c>verdicts.json</c> and, when
/// <c>pdflatex</c> is on the PATH, <c>report.pdf</c>. The text files contain no timestamps or paths, so they are
/// byte-identical across runs; pdflatex runs with SOURCE_DATE_EPOCH=0.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes the report files of <paramref name="derivation"/>; returns whether a PDF was produced and, if not, why.</summary>
    public static (bool Pdf, string Note) Write(Derivation derivation, DerivationContext context, IReadOnlyList<Verdict> verdicts, bool compilePdf = true)
    {
        var pdflatex = compilePdf ? FindOnPath("pdflatex") : null;
        var pdfNote = !compilePdf
            ? "no report.pdf was compiled (--no-pdf)."
            : pdflatex is null
            ? "pdflatex was not found on this machine, so no report.pdf was written (install texlive-latex-base)."
            : "report.pdf is compiled from report.tex by pdflatex.";
        AtomicFile.WriteText(Path.Combine(context.OutputFolder, "report.md"), Markdown(derivation, context, verdicts, pdfNote));
        AtomicFile.WriteText(Path.Combine(context.OutputFolder, "report.tex"), Latex(derivation, context, verdicts, pdfNote));
        AtomicFile.WriteText(Path.Combine(context.OutputFolder, "verdicts.json"), Json(verdicts));
        if (pdflatex is null) return (false, pdfNote);
        var ok = CompilePdf(pdflatex, context.OutputFolder);
        return ok ? (true, pdfNote) : (false, "pdflatex failed on report.tex (see report.log)");
    }

    /// <summary>The verdicts as an indented JSON array of {claim, expected, measured, tolerance, pass, …}.</summary>
    public static string Json(IReadOnlyList<Verdict> verdicts) => Output.Json.Write(w =>
    {
        w.WriteStartArray();
        foreach (var v in verdicts)
        {
            w.WriteStartObject();
            w.WriteString("claim", v.Claim);
            WriteNumber(w, "expected", v.Expected);
            WriteNumber(w, "measured", v.Measured);
            WriteNumber(w, "tolerance", v.Tolerance);
            w.WriteString("mode", v.Mode);
            w.WriteBoolean("pass", v.Pass);
            w.WriteString("measured_expr", v.MeasuredExpression);
            w.WriteString("expected_expr", v.ExpectedExpression);
            w.WriteString("why", v.Why);
            w.WriteString("source", v.Source);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsFinite(value)) w.WriteNumber(name, value);
        else w.WriteNull(name);
    }

    private static string Markdown(Derivation d, DerivationContext context, IReadOnlyList<Verdict> verdicts, string pdfNote)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(d.Title).Append("\n\n");
        if (d.Summary.Length > 0) sb.Append(d.Summary).Append("\n\n");
        sb.Append($"Claims: {verdicts.Count(v => v.Pass)} of {verdicts.Count} pass. {pdfNote}\n\n");
        sb.Append("## Claims\n\n| claim | measured | expected | tolerance | pass | why this tolerance | source |\n|---|---|---|---|---|---|---|\n");
        foreach (var v in verdicts)
            sb.Append($"| {Cell(v.Claim)} | {DerivationContext.Format(v.Measured)} (`{Cell(v.MeasuredExpression)}`) | {DerivationContext.Format(v.Expected)} (`{Cell(v.ExpectedExpression)}`) | " +
                      $"{v.Mode} {DerivationContext.Format(v.Tolerance)} | {(v.Pass ? "yes" : "**NO**")} | {Cell(v.Why)} | {Cell(v.Source)} |\n");
        foreach (var section in context.Sections)
        {
            sb.Append("\n## ").Append(section.Title).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportBlock.Paragraph p: sb.Append(p.Text).Append("\n\n"); break;
                    case ReportBlock.Formula f: sb.Append("$$\n").Append(f.Latex).Append("\n$$\n\n"); break;
                    case ReportBlock.Figure g: sb.Append($"![{g.Caption}]({g.File})\n\n"); break;
                    case ReportBlock.Table t:
                        sb.Append("| ").Append(string.Join(" | ", t.Headers.Select(Cell))).Append(" |\n|");
                        sb.Append(string.Concat(t.Headers.Select(_ => "---|"))).Append('\n');
                        foreach (var row in t.Rows) sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                        sb.Append('\n');
                        break;
                }
            }
        }
        return sb.ToString();
    }

    private static string Latex(Derivation d, DerivationContext context, IReadOnlyList<Verdict> verdicts, string pdfNote)
    {
        var sb = new StringBuilder();
        sb.Append("\\documentclass[10pt]{article}\n\\usepackage[margin=2cm]{geometry}\n\\usepackage{amsmath,amssymb}\n\\usepackage{graphicx}\n");
        sb.Append("\\allowdisplaybreaks\n\\begin{document}\n\\sloppy\n");
        sb.Append("\\section*{").Append(LatexText.Escape(d.Title)).Append("}\n");
        if (d.Summary.Length > 0) sb.Append(LatexText.Escape(d.Summary)).Append("\n\n");
        sb.Append(LatexText.Escape($"Claims: {verdicts.Count(v => v.Pass)} of {verdicts.Count} pass. {pdfNote}")).Append("\n\n");
        sb.Append("\\subsection*{Claims}\n\\begin{enumerate}\n");
        foreach (var v in verdicts)
            sb.Append("\\item ").Append(LatexText.Escape(
                $"{v.Claim} — measured {DerivationContext.Format(v.Measured)} ({v.MeasuredExpression}), expected {DerivationContext.Format(v.Expected)} " +
                $"({v.ExpectedExpression}), {v.Mode} tolerance {DerivationContext.Format(v.Tolerance)}: {(v.Pass ? "PASS" : "FAIL")}. " +
                $"Tolerance: {v.Why} Source: {v.Source}.")).Append('\n');
        sb.Append("\\end{enumerate}\n");
        foreach (var section in context.Sections)
        {
            sb.Append("\\subsection*{").Append(LatexText.Escape(section.Title)).Append("}\n");
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ReportBlock.Paragraph p: sb.Append(LatexText.Escape(p.Text)).Append("\n\n"); break;
                    case ReportBlock.Formula f: sb.Append("\\begin{align*}\n").Append(StripAligned(f.Latex)).Append("\n\\end{align*}\n"); break;
                    case ReportBlock.Figure g:
                        sb.Append("\\begin{center}\\includegraphics[width=0.8\\textwidth]{").Append(g.File).Append("}\\\\\n")
                          .Append(LatexText.Escape(g.Caption)).Append("\\end{center}\n");
                        break;
                    case ReportBlock.Table t:
                        sb.Append("\\begin{center}\\begin{tabular}{").Append(new string('l', t.Headers.Count)).Append("}\n");
                        sb.Append(string.Join(" & ", t.Headers.Select(LatexText.Escape))).Append(" \\\\ \\hline\n");
                        foreach (var row in t.Rows) sb.Append(string.Join(" & ", row.Select(LatexText.Escape))).Append(" \\\\\n");
                        sb.Append("\\end{tabular}\\end{center}\n");
                        break;
                }
            }
        }
        sb.Append("\\end{document}\n");
        return sb.ToString();
    }

    private static string StripAligned(string latex) =>
        latex.Replace("\\begin{aligned}", "", StringComparison.Ordinal).Replace("\\end{aligned}", "", StringComparison.Ordinal).Trim().TrimEnd('\\').Trim();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);

    private static bool CompilePdf(string pdflatex, string folder)
    {
        var start = new ProcessStartInfo(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "report.tex"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = "0";
        start.Environment["FORCE_SOURCE_DATE"] = "1";
        using var process = Process.Start(start);
        if (process is null) return false;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        foreach (var extra in new[] { "report.aux", "report.out" })
            if (File.Exists(Path.Combine(folder, extra))) File.Delete(Path.Combine(folder, extra));
        if (process.ExitCode == 0 && File.Exists(Path.Combine(folder, "report.log"))) File.Delete(Path.Combine(folder, "report.log"));
        return process.ExitCode == 0;
    }
}
