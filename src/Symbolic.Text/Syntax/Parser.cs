using System.Collections.Immutable;
using Symbolic.Text.Printing;

namespace Symbolic.Text.Syntax;

/// <summary>
/// Pratt parser: tokens → <see cref="DocumentSyntax"/>. Precedence (<see cref="Precedence"/>, shared with the printers), loosest first: <c>+ -</c>, <c>* /</c>, prefix
/// <c>+ -</c>, then <c>^</c> (right-associative; its right operand may carry a sign, so <c>2^-x</c> works).
/// Stops at the first error (one diagnostic, no cascades) and never throws: nesting deeper than
/// <see cref="ExprParser.MaxNestingDepth"/> is a diagnostic, not a stack overflow.
/// </summary>
internal sealed class Parser(string text, ImmutableArray<Token> tokens, Diagnostic? lexerError)
{
    private int _position;
    private int _depth;
    private Diagnostic? _error = lexerError;

    private bool Failed => _error is not null;

    private Token Current => tokens[Math.Min(_position, tokens.Length - 1)];

    /// <summary>Parses <c>(expression | name = expression …) [where name = expression …]</c> to the end of input.</summary>
    public (DocumentSyntax Root, Diagnostic? Error) ParseDocument()
    {
        SyntaxNode? expression = null;
        var roots = ImmutableArray<DefinitionSyntax>.Empty;
        if (StartsDefinition()) roots = ParseDefinitions();
        else expression = ParseExpression();
        var definitions = ImmutableArray<DefinitionSyntax>.Empty;
        if (!Failed && IsWhere(Current))
        {
            Next();
            if (!StartsDefinition()) Fail(Current, "expected a definition 'name = expression' after 'where'");
            definitions = ParseDefinitions();
        }
        if (!Failed && Current.Kind != TokenKind.EndOfFile) Fail(Current, $"unexpected {Current.Describe()}");
        var first = expression?.Span ?? (roots.IsEmpty ? Current.Span : roots[0].Span);
        var last = definitions.IsEmpty ? (roots.IsEmpty ? first : roots[^1].Span) : definitions[^1].Span;
        return (new DocumentSyntax(expression, roots, definitions, TextSpan.Covering(first, last)), _error);
    }

    /// <summary>name = expression, repeated; optionally separated by <c>,</c> or <c>;</c>.</summary>
    private ImmutableArray<DefinitionSyntax> ParseDefinitions()
    {
        var definitions = ImmutableArray.CreateBuilder<DefinitionSyntax>();
        while (!Failed && StartsDefinition())
        {
            definitions.Add(ParseDefinition());
            if (!Failed && Current.Kind is TokenKind.Comma or TokenKind.Semicolon) Next();
        }
        return definitions.ToImmutable();
    }

    private bool StartsDefinition() =>
        !Failed && Current.Kind == TokenKind.Identifier && !IsWhere(Current)
        && _position + 1 < tokens.Length && tokens[_position + 1].Kind == TokenKind.Equals;

    private DefinitionSyntax ParseDefinition()
    {
        var name = Next();
        var equalsToken = Expect(TokenKind.Equals, $"expected '=' after {name.Describe()}");
        var value = ParseExpression();
        return new DefinitionSyntax(name, equalsToken, value);
    }

    private SyntaxNode ParseExpression() => ParseBinary(Precedence.None);

    /// <summary>Left-associative <c>+ - * /</c> by precedence climbing; the loop (not recursion) extends chains.</summary>
    private SyntaxNode ParseBinary(int parentPrecedence)
    {
        var left = ParseUnary();
        while (!Failed)
        {
            int precedence = Precedence.OfInfix(Current.Kind);
            if (precedence == Precedence.None || precedence <= parentPrecedence) break;
            var op = Next();
            var right = ParseBinary(precedence);
            left = new BinarySyntax(left, op, right);
        }
        return left;
    }

    /// <summary>Prefix signs, then a power. Every nesting level (parentheses, call arguments, signs, exponents)
    /// passes through here, so this is where the depth limit is enforced.</summary>
    private SyntaxNode ParseUnary()
    {
        if (Failed) return new ErrorSyntax(Current);
        if (++_depth > ExprParser.MaxNestingDepth)
        {
            Fail(Current, $"expression nested too deeply (more than {ExprParser.MaxNestingDepth} levels)");
            _depth--;
            return new ErrorSyntax(Current);
        }
        SyntaxNode result;
        if (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next();
            result = new UnarySyntax(op, ParseUnary());
        }
        else
        {
            result = ParsePower();
        }
        _depth--;
        return result;
    }

    private SyntaxNode ParsePower()
    {
        var @base = ParsePrimary();
        if (Failed || Current.Kind != TokenKind.Caret) return @base;
        var op = Next();
        return new BinarySyntax(@base, op, ParseUnary());   // right-associative: x^y^z = x^(y^z)
    }

    private SyntaxNode ParsePrimary()
    {
        if (Failed) return new ErrorSyntax(Current);
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralSyntax(Next());
            case TokenKind.Identifier when !IsWhere(token):
                Next();
                return Current.Kind == TokenKind.OpenParenthesis ? ParseCall(token) : new NameSyntax(token);
            case TokenKind.OpenParenthesis:
                var open = Next();
                var inner = ParseExpression();
                var close = Expect(TokenKind.CloseParenthesis, "expected ')'");
                return new ParenthesizedSyntax(open, inner, close);
            case TokenKind.EndOfFile:
                Fail(token, "expected an expression");
                return new ErrorSyntax(token);
            default:
                Fail(token, $"expected an expression but found {token.Describe()}");
                return new ErrorSyntax(token);
        }
    }

    private CallSyntax ParseCall(Token name)
    {
        var open = Next();
        var arguments = ImmutableArray.CreateBuilder<SyntaxNode>();
        if (Current.Kind != TokenKind.CloseParenthesis)
        {
            while (true)
            {
                arguments.Add(ParseExpression());
                if (Failed || Current.Kind != TokenKind.Comma) break;
                Next();
            }
        }
        var close = Expect(TokenKind.CloseParenthesis, "expected ')'");
        return new CallSyntax(name, open, arguments.ToImmutable(), close);
    }

    private Token Next()
    {
        var token = Current;
        if (_position < tokens.Length - 1) _position++;
        return token;
    }

    /// <summary>Consumes a token of <paramref name="kind"/>, or reports <paramref name="message"/> and returns a
    /// zero-length stand-in at the current position.</summary>
    private Token Expect(TokenKind kind, string message)
    {
        if (!Failed && Current.Kind == kind) return Next();
        Fail(Current, message);
        return new Token(kind, new TextSpan(Current.Span.Start, 0), "");
    }

    /// <summary>Records the first error only; a bad character was already reported by the lexer.</summary>
    private void Fail(Token at, string message)
    {
        if (_error is null && at.Kind != TokenKind.Bad) _error = Diagnostic.At(text, at.Span, message);
    }

    private static bool IsWhere(Token token) => token.Kind == TokenKind.Identifier && token.Text == "where";
}
