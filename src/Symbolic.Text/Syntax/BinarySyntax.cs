namespace Symbolic.Text.Syntax;

/// <summary>An infix operation <c>a op b</c> with op one of <c>+ - * / ^</c> (<c>**</c> is <c>^</c>).</summary>
public sealed class BinarySyntax(SyntaxNode left, Token @operator, SyntaxNode right) : SyntaxNode(TextSpan.Covering(left.Span, right.Span))
{
    /// <summary>The left operand.</summary>
    public SyntaxNode Left { get; } = left;

    /// <summary>The operator token.</summary>
    public Token Operator { get; } = @operator;

    /// <summary>The right operand.</summary>
    public SyntaxNode Right { get; } = right;
}
