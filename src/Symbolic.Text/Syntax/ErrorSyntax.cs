namespace Symbolic.Text.Syntax;

/// <summary>Stands where the parser found no valid expression; a diagnostic always accompanies it.</summary>
public sealed class ErrorSyntax(Token at) : SyntaxNode(at.Span)
{
    /// <summary>The token at which parsing failed.</summary>
    public Token At { get; } = at;
}
