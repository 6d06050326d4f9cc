namespace Symbolic.Text.Syntax;

/// <summary>The kinds of token the lexer produces.</summary>
public enum TokenKind
{
    /// <summary>End of input (zero-length).</summary>
    EndOfFile,
    /// <summary>A character the language does not use; the lexer reports it and stops.</summary>
    Bad,
    /// <summary>An unsigned numeric literal: <c>12</c>, <c>0.25</c>, <c>.5</c>, <c>1.5e-3</c>.</summary>
    Number,
    /// <summary>A name: a letter or <c>_</c> followed by letters, digits and <c>_</c> (π counts as a letter).</summary>
    Identifier,
    /// <summary><c>+</c>.</summary>
    Plus,
    /// <summary><c>-</c> or the Unicode minus sign <c>−</c>.</summary>
    Minus,
    /// <summary><c>*</c>, <c>·</c>, <c>⋅</c> or <c>×</c>.</summary>
    Star,
    /// <summary><c>/</c> or <c>÷</c>.</summary>
    Slash,
    /// <summary><c>^</c> or <c>**</c> (exponentiation, right-associative).</summary>
    Caret,
    /// <summary><c>(</c>.</summary>
    OpenParenthesis,
    /// <summary><c>)</c>.</summary>
    CloseParenthesis,
    /// <summary><c>,</c>, separating call arguments (and optionally definitions).</summary>
    Comma,
    /// <summary><c>;</c>, optionally separating definitions.</summary>
    Semicolon,
    /// <summary><c>=</c>, in a definition <c>S1 = …</c>.</summary>
    Equals,
}
