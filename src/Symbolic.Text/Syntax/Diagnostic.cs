namespace Symbolic.Text.Syntax;

/// <summary>
/// A user-facing error in parsed text, with its position. <see cref="ToString"/> gives the form
/// <c>line:column: message</c>, e.g. <c>1:7: expected ')'</c> (both 1-based, columns in UTF-16 code units).
/// </summary>
/// <param name="Span">Where in the text the problem is.</param>
/// <param name="Line">1-based line of <see cref="TextSpan.Start"/>.</param>
/// <param name="Column">1-based column of <see cref="TextSpan.Start"/>.</param>
/// <param name="Message">What is wrong, in lower case without a final period.</param>
public sealed record Diagnostic(TextSpan Span, int Line, int Column, string Message)
{
    /// <summary>Creates a diagnostic at <paramref name="span"/> of <paramref name="text"/>, computing line and column.</summary>
    public static Diagnostic At(string text, TextSpan span, string message)
    {
        var (line, column) = Position(text, span.Start);
        return new Diagnostic(span, line, column, message);
    }

    /// <summary>"line:column: message".</summary>
    public override string ToString() => $"{Line}:{Column}: {Message}";

    /// <summary>The 1-based (line, column) of <paramref name="offset"/>; "\r\n", "\n" and "\r" each end a line.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        offset = Math.Clamp(offset, 0, text.Length);
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;   // counted at the '\n'
            if (c is '\n' or '\r')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>Quotes a token for a message, shortening long ones: <c>'abc'</c> or <c>'abcdefghij…'</c>.</summary>
    internal static string Quote(string tokenText, int maxLength = 24) =>
        tokenText.Length <= maxLength ? $"'{tokenText}'" : $"'{tokenText[..maxLength]}…'";
}
