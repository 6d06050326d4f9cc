namespace Symbolic.Cli.Derivations;

/// <summary>A piece of a report section, rendered both as Markdown and as LaTeX by <see cref="ReportWriter"/>.</summary>
public abstract record ReportBlock
{
    /// <summary>A paragraph of plain (Unicode) text.</summary>
    /// <param name="Text">The text.</param>
    public sealed record Paragraph(string Text) : ReportBlock;

    /// <summary>A display formula.</summary>
    /// <param name="Latex">Math-mode LaTeX (used by both renderings; GitHub Markdown renders <c>$$…$$</c>).</param>
    public sealed record Formula(string Latex) : ReportBlock;

    /// <summary>A table of text cells.</summary>
    /// <param name="Headers">Column headers.</param>
    /// <param name="Rows">Rows of cells, each as long as <paramref name="Headers"/>.</param>
    public sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

    /// <summary>A PNG figure in the report folder.</summary>
    /// <param name="File">File name relative to the report folder.</param>
    /// <param name="Caption">Caption.</param>
    public sealed record Figure(string File, string Caption) : ReportBlock;
}
