using System.Collections.Immutable;

namespace Symbolic.Text.Syntax;

/// <summary>
/// A whole input, in one of the two forms the text printer writes, each optionally followed by <c>where</c> and
/// definitions of shared subexpressions:
/// <list type="bullet">
/// <item>an expression: <c>S1^2 + S1 where S1 = sqrt(1 - t^2)</c> (<see cref="Printing.TextPrinter.Print"/>);</item>
/// <item>named roots: <c>K = … Theta = … where S1 = …</c> (<see cref="Printing.TextPrinter.PrintDefinitions"/>).</item>
/// </list>
/// </summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(SyntaxNode? expression, ImmutableArray<DefinitionSyntax> roots, ImmutableArray<DefinitionSyntax> definitions, TextSpan span)
        : base(span) => (Expression, Roots, Definitions) = (expression, roots, definitions);

    /// <summary>The main expression, or null when the document consists of named roots.</summary>
    public SyntaxNode? Expression { get; }

    /// <summary>The named roots <c>Name = …</c> before <c>where</c> (empty for an expression document).</summary>
    public ImmutableArray<DefinitionSyntax> Roots { get; }

    /// <summary>The <c>where</c> definitions (empty when there is no <c>where</c>). Names may be used before their
    /// definition; the binder orders them by dependency and rejects cycles.</summary>
    public ImmutableArray<DefinitionSyntax> Definitions { get; }
}
