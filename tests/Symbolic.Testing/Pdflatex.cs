using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Symbolic.Testing;

/// <summary>
/// Compiles a LaTeX document with pdflatex for tests. CI installs pdflatex (.ci/run), so there the compile is
/// mandatory; on a fresh developer machine without it the README's test command must still pass, so the document is
/// then checked for what can be checked without TeX (balanced groups, matching environments).
/// </summary>
public static class Pdflatex
{
    /// <summary>Compiles <paramref name="document"/>; returns null on success or when only the structure could be
    /// checked (and it is sound), else the failure with the end of pdflatex's log.</summary>
    public static async Task<string?> CompileAsync(string document)
    {
        string? pdflatex = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "pdflatex"))
            .FirstOrDefault(File.Exists);
        if (pdflatex is null)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                return "pdflatex is not on PATH: install it with `apt-get update && apt-get install -y texlive-latex-base`.";
            return StructureProblem(document);
        }
        string directory = Directory.CreateTempSubdirectory("symbolic-latex-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "doc.tex"), document);
            var start = new ProcessStartInfo(pdflatex, ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"])
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return "pdflatex did not finish within 120 s.";
            }
            string log = await output + await error;
            if (process.ExitCode != 0 || log.Contains("\n! ", StringComparison.Ordinal))
                return $"pdflatex failed (exit {process.ExitCode}):\n{log[Math.Max(0, log.Length - 3000)..]}";
            return new FileInfo(Path.Combine(directory, "doc.pdf")) is { Exists: true, Length: > 1000 } ? null : "pdflatex wrote no PDF.";
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Unbalanced braces or mismatched \begin/\end, or null when the structure is sound.</summary>
    public static string? StructureProblem(string latex)
    {
        int depth = 0;
        for (int i = 0; i < latex.Length; i++)
        {
            if (latex[i] == '\\' && i + 1 < latex.Length && latex[i + 1] is '{' or '}' or '\\') { i++; continue; }
            if (latex[i] == '{') depth++;
            if (latex[i] == '}' && --depth < 0) return $"unbalanced '}}' at {i}";
        }
        if (depth != 0) return $"{depth} unclosed '{{'";
        var environments = new Stack<string>();
        foreach (Match m in Regex.Matches(latex, @"\\(begin|end)\{([^}]*)\}"))
        {
            if (m.Groups[1].Value == "begin") environments.Push(m.Groups[2].Value);
            else if (environments.Count == 0 || environments.Pop() != m.Groups[2].Value) return $"mismatched \\end{{{m.Groups[2].Value}}}";
        }
        return environments.Count == 0 ? null : $"unclosed \\begin{{{environments.Peek()}}}";
    }
}
