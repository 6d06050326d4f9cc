namespace Symbolic.Text.Syntax;

/// <summary>A prefix <c>+</c> or <c>-</c>. It binds looser than <c>^</c> (<c>-x^2</c> is −(x²)) and tighter than <c>*</c>.</summary>
public sealed class UnarySyntax(Token @operator, SyntaxNode operand) : SyntaxNode(TextSpan.Covering(@operator.Span, operand.Span))
{
    /// <summary>The <see cref="TokenKind.Plus"/> or <see cref="TokenKind.Minus"/> token.</summary>
    public Token Operator { get; } = @operator;

    /// <summary>The operand.</summary>
    public SyntaxNode Operand { get; } = operand;
}
