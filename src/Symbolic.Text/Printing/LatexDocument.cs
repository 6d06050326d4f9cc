using System.Text;

namespace Symbolic.Text.Printing;

/// <summary>Wraps printed formulas into a complete LaTeX document (article class, amsmath) that pdflatex compiles.</summary>
public static class LatexDocument
{
    /// <summary>
    /// A document with each of <paramref name="displays"/> (math-mode content from <see cref="LatexPrinter"/>) set in
    /// its own <c>\[ … \]</c> display.
    /// </summary>
    public static string Standalone(IEnumerable<string> displays)
    {
        ArgumentNullException.ThrowIfNull(displays);
        var sb = new StringBuilder();
        sb.Append("\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n");
        foreach (var display in displays) sb.Append("\\[\n").Append(display).Append("\n\\]\n");
        sb.Append("\\end{document}\n");
        return sb.ToString();
    }
}
