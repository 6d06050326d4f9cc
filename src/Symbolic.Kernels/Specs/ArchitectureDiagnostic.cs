namespace Symbolic.Kernels.Specs;

/// <summary>An error in architecture text, located at a span: prints as <c>line:column: message</c>, e.g.
/// <c>1:15: blocks must be an integer ≥ 1, got -1</c>.</summary>
/// <param name="Line">1-based line of the span's start.</param>
/// <param name="Column">1-based column of the span's start.</param>
/// <param name="Start">0-based offset of the span in the text.</param>
/// <param name="Length">Length of the span (≥ 1 except at the end of the text).</param>
/// <param name="Message">What is wrong, naming the value and the accepted range.</param>
public sealed record ArchitectureDiagnostic(int Line, int Column, int Start, int Length, string Message)
{
    /// <summary><c>line:column: message</c>.</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";
}
