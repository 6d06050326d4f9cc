using System.Collections.Immutable;

namespace Symbolic.Text.Syntax;

/// <summary>
/// Hand-written lexer: text → tokens. Linear in the input length, never throws. At the first character the
/// language does not use it emits a <see cref="TokenKind.Bad"/> token with a diagnostic and stops, so hostile
/// input (random bytes, megabytes of garbage) costs one pass and one message.
/// </summary>
internal sealed class Lexer(string text)
{
    private readonly List<Token> _tokens = [];
    private int _position;

    /// <summary>The diagnostic for a bad character, if any.</summary>
    public Diagnostic? Error { get; private set; }

    /// <summary>Tokenises the whole text; the last token is always <see cref="TokenKind.EndOfFile"/>.</summary>
    public ImmutableArray<Token> Lex()
    {
        while (true)
        {
            SkipWhitespace();
            if (_position >= text.Length) break;
            if (!LexOne()) break;
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, new TextSpan(text.Length, 0), ""));
        return [.. _tokens];
    }

    private void SkipWhitespace()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
    }

    private bool LexOne()
    {
        int start = _position;
        char c = text[_position];
        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(1))))
        {
            LexNumber();
            return true;
        }
        if (char.IsLetter(c) || c == '_')
        {
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] == '_')) _position++;
            Add(TokenKind.Identifier, start);
            return true;
        }
        var kind = c switch
        {
            '+' => TokenKind.Plus,
            '-' or '\u2212' => TokenKind.Minus,
            '*' or '\u00B7' or '\u22C5' or '\u00D7' => TokenKind.Star,
            '/' or '\u00F7' => TokenKind.Slash,
            '^' => TokenKind.Caret,
            '(' => TokenKind.OpenParenthesis,
            ')' => TokenKind.CloseParenthesis,
            ',' => TokenKind.Comma,
            ';' => TokenKind.Semicolon,
            '=' => TokenKind.Equals,
            _ => TokenKind.Bad,
        };
        if (kind == TokenKind.Star && c == '*' && Peek(1) == '*')
        {
            _position += 2;
            Add(TokenKind.Caret, start);
            return true;
        }
        if (kind == TokenKind.Bad)
        {
            // A surrogate pair is one character to the reader: report and cover both halves.
            _position += char.IsHighSurrogate(c) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
            Add(TokenKind.Bad, start);
            Error = Diagnostic.At(text, new TextSpan(start, _position - start), $"unexpected character {Describe(text[start.._position])}");
            return false;
        }
        _position++;
        Add(kind, start);
        return true;
    }

    /// <summary>digits [. digits] [(e|E) [+|-] digits]; the exponent only when a digit follows, so <c>2*e</c> stays apart.</summary>
    private void LexNumber()
    {
        int start = _position;
        SkipDigits();
        if (Peek(0) == '.')
        {
            _position++;
            SkipDigits();
        }
        if (Peek(0) is 'e' or 'E')
        {
            int sign = Peek(1) is '+' or '-' ? 1 : 0;
            if (char.IsAsciiDigit(Peek(1 + sign)))
            {
                _position += 1 + sign;
                SkipDigits();
            }
        }
        Add(TokenKind.Number, start);
    }

    private void SkipDigits()
    {
        while (_position < text.Length && char.IsAsciiDigit(text[_position])) _position++;
    }

    private char Peek(int offset) => _position + offset < text.Length ? text[_position + offset] : '\0';

    private void Add(TokenKind kind, int start) =>
        _tokens.Add(new Token(kind, new TextSpan(start, _position - start), text[start.._position]));

    private static string Describe(string character)
    {
        if (character.Length == 2) return $"'{character}' (U+{char.ConvertToUtf32(character[0], character[1]):X4})";
        char c = character[0];
        return char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) ? $"U+{(int)c:X4}" : $"'{c}' (U+{(int)c:X4})";
    }
}
