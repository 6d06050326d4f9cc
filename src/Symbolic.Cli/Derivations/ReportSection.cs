namespace Symbolic.Cli.Derivations;

/// <summary>A titled section of a report: one per step, filled by the step as it runs.</summary>
/// <param name="Title">The heading.</param>
public sealed record ReportSection(string Title)
{
    /// <summary>The blocks in order.</summary>
    public List<ReportBlock> Blocks { get; } = [];

    /// <summary>Appends a paragraph.</summary>
    public void Paragraph(string text) => Blocks.Add(new ReportBlock.Paragraph(text));

    /// <summary>Appends a display formula (math-mode LaTeX).</summary>
    public void Formula(string latex) => Blocks.Add(new ReportBlock.Formula(latex));

    /// <summary>Appends a table.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows) => Blocks.Add(new ReportBlock.Table(headers, rows));

    /// <summary>Appends a figure.</summary>
    public void Figure(string file, string caption) => Blocks.Add(new ReportBlock.Figure(file, caption));
}
