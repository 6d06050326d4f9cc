namespace Symbolic.Text.Syntax;

/// <summary>An expression in parentheses, <c>( … )</c>.</summary>
public sealed class ParenthesizedSyntax(Token open, SyntaxNode expression, Token close) : SyntaxNode(TextSpan.Covering(open.Span, close.Span))
{
    /// <summary>The <c>(</c> token.</summary>
    public Token Open { get; } = open;

    /// <summary>The enclosed expression.</summary>
    public SyntaxNode Expression { get; } = expression;

    /// <summary>The <c>)</c> token.</summary>
    public Token Close { get; } = close;
}
