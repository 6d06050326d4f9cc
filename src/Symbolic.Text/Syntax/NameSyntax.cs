namespace Symbolic.Text.Syntax;

/// <summary>A bare identifier: a symbol, the constants <c>pi</c>/<c>π</c>/<c>e</c>, or a name from a <c>where</c> list.</summary>
public sealed class NameSyntax(Token identifier) : SyntaxNode(identifier.Span)
{
    /// <summary>The <see cref="TokenKind.Identifier"/> token.</summary>
    public Token Identifier { get; } = identifier;
}
