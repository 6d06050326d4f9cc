using System.Collections.Immutable;

namespace Symbolic.Kernels.Specs;

/// <summary>Token kinds of the architecture grammar.</summary>
internal enum SpecTokenKind { Name, Number, String, LeftParen, RightParen, Comma, Equals, Star, Slash, Caret, Plus, Minus, End, Bad }

/// <summary>A token: kind and the span [Start, Start + Length) of the text.</summary>
internal readonly record struct SpecToken(SpecTokenKind Kind, int Start, int Length, string Text);

/// <summary>Splits architecture text into tokens; whitespace separates, unknown characters become <see cref="SpecTokenKind.Bad"/>.</summary>
internal static class SpecLexer
{
    public static ImmutableArray<SpecToken> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<SpecToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            SpecTokenKind kind;
            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                kind = SpecTokenKind.Name;
            }
            else if (char.IsAsciiDigit(c) || c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.')) i++;
                if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
                {
                    int j = i + 1;
                    if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
                    if (j < text.Length && char.IsAsciiDigit(text[j]))
                    {
                        i = j;
                        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                    }
                }
                kind = SpecTokenKind.Number;
            }
            else if (c == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"') i++;
                kind = i < text.Length ? SpecTokenKind.String : SpecTokenKind.Bad;
                if (i < text.Length) i++;
            }
            else
            {
                i++;
                kind = c switch
                {
                    '(' => SpecTokenKind.LeftParen,
                    ')' => SpecTokenKind.RightParen,
                    ',' => SpecTokenKind.Comma,
                    '=' => SpecTokenKind.Equals,
                    '*' => SpecTokenKind.Star,
                    '/' => SpecTokenKind.Slash,
                    '^' => SpecTokenKind.Caret,
                    '+' => SpecTokenKind.Plus,
                    '-' => SpecTokenKind.Minus,
                    _ => SpecTokenKind.Bad,
                };
            }
            tokens.Add(new SpecToken(kind, start, i - start, text[start..i]));
        }
        tokens.Add(new SpecToken(SpecTokenKind.End, text.Length, 0, ""));
        return tokens.ToImmutable();
    }
}
