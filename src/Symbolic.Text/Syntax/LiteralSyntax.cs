namespace Symbolic.Text.Syntax;

/// <summary>An unsigned numeric literal such as <c>2</c>, <c>0.25</c> or <c>1.5e-3</c>; bound to an exact rational.</summary>
public sealed class LiteralSyntax(Token number) : SyntaxNode(number.Span)
{
    /// <summary>The <see cref="TokenKind.Number"/> token.</summary>
    public Token Number { get; } = number;
}
