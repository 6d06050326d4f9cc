using System.Collections.Immutable;

namespace Symbolic.Text.Syntax;

/// <summary>The result of lexing and parsing a text: the syntax tree and any diagnostics (at most one: parsing stops
/// at the first error). No algebra has happened yet; see <see cref="Binding.Binder"/>.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(string text, DocumentSyntax root, ImmutableArray<Diagnostic> diagnostics) =>
        (Text, Root, Diagnostics) = (text, root, diagnostics);

    /// <summary>The source text.</summary>
    public string Text { get; }

    /// <summary>The document; when <see cref="Diagnostics"/> is non-empty it may contain <see cref="ErrorSyntax"/>.</summary>
    public DocumentSyntax Root { get; }

    /// <summary>Syntax errors with positions (empty when the text is well-formed).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Lexes and parses <paramref name="text"/>. Never throws for any string.</summary>
    public static SyntaxTree Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new Lexer(text);
        var tokens = lexer.Lex();
        var (root, error) = new Parser(text, tokens, lexer.Error).ParseDocument();
        return new SyntaxTree(text, root, error is null ? [] : [error]);
    }
}
