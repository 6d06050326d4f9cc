using System.Collections.Immutable;

namespace Symbolic.Text.Syntax;

/// <summary>A function call <c>f(a, b, …)</c>: a built-in, an alias such as <c>sqrt</c> or <c>ln</c>, or <c>float(…)</c>.</summary>
public sealed class CallSyntax(Token name, Token open, ImmutableArray<SyntaxNode> arguments, Token close)
    : SyntaxNode(TextSpan.Covering(name.Span, close.Span))
{
    /// <summary>The function name.</summary>
    public Token Name { get; } = name;

    /// <summary>The <c>(</c> token.</summary>
    public Token Open { get; } = open;

    /// <summary>The arguments, in order.</summary>
    public ImmutableArray<SyntaxNode> Arguments { get; } = arguments;

    /// <summary>The <c>)</c> token.</summary>
    public Token Close { get; } = close;
}
