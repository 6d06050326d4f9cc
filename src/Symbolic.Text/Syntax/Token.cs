namespace Symbolic.Text.Syntax;

/// <summary>One token of the input.</summary>
/// <param name="Kind">What kind of token.</param>
/// <param name="Span">Where it is in the text.</param>
/// <param name="Text">The characters it covers (empty for <see cref="TokenKind.EndOfFile"/>).</param>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text)
{
    /// <summary>How the token is named in messages: its text quoted, or "end of input".</summary>
    public string Describe() => Kind == TokenKind.EndOfFile ? "end of input" : Diagnostic.Quote(Text);
}
