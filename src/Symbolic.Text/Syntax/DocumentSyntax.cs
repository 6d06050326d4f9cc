using System.Collections.Immutable;

namespace Symbolic.Text.Syntax;

/// <summary>
/// A whole input: an expression, optionally followed by <c>where</c> and definitions in dependency order,
/// e.g. <c>S1^2 + S1 where S1 = sqrt(1 - t^2)</c> (the form <see cref="Printing.TextPrinter"/> writes).
/// </summary>
public sealed class DocumentSyntax(SyntaxNode expression, ImmutableArray<DefinitionSyntax> definitions)
    : SyntaxNode(definitions.IsEmpty ? expression.Span : TextSpan.Covering(expression.Span, definitions[^1].Span))
{
    /// <summary>The main expression.</summary>
    public SyntaxNode Expression { get; } = expression;

    /// <summary>The <c>where</c> definitions (empty when there is no <c>where</c>).</summary>
    public ImmutableArray<DefinitionSyntax> Definitions { get; } = definitions;
}
