namespace Symbolic.Text.Syntax;

/// <summary>One entry <c>S1 = …</c> of a <c>where</c> list: a name for a shared subexpression.</summary>
public sealed class DefinitionSyntax(Token name, Token equalsToken, SyntaxNode value) : SyntaxNode(TextSpan.Covering(name.Span, value.Span))
{
    /// <summary>The defined name.</summary>
    public Token Name { get; } = name;

    /// <summary>The <c>=</c> token.</summary>
    public Token EqualsToken { get; } = equalsToken;

    /// <summary>The defining expression; it may use names defined before it.</summary>
    public SyntaxNode Value { get; } = value;
}
