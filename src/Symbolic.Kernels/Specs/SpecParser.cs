using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Kernels.Specs;

/// <summary>An error at the text span [Start, Start + Length).</summary>
internal readonly record struct SpecError(int Start, int Length, string Message);

/// <summary>
/// Recursive-descent parser of the architecture grammar (see <see cref="ArchitectureGrammar"/>) into a syntax tree.
/// Stops at the first syntax error; nesting is limited to <see cref="MaxNesting"/> levels so no input can exhaust the stack.
/// </summary>
internal sealed class SpecParser(ImmutableArray<SpecToken> tokens, List<SpecError> errors)
{
    /// <summary>Longest number literal parsed (exact decimal parsing is superlinear; no architecture needs more).</summary>
    public const int MaxNumberLength = 400;

    public const int MaxNesting = 64;

    private int _position;
    private int _depth;

    private SpecToken Current => tokens[_position];

    private SpecToken Peek(int offset) => tokens[Math.Min(_position + offset, tokens.Length - 1)];

    /// <summary>spec := node END.</summary>
    public SpecNode? ParseSpec()
    {
        var node = ParseNode();
        if (node is null) return null;
        if (Current.Kind != SpecTokenKind.End) return Fail(Current, $"unexpected {Describe(Current)} after the architecture");
        return node;
    }

    /// <summary>node := (call | STRING | arith) ('*' unary)*, repetition only after a layer.</summary>
    private SpecNode? ParseNode()
    {
        if (!Enter()) return null;
        try
        {
            SpecNode? node = Current.Kind switch
            {
                SpecTokenKind.Name => ParseCall(),
                SpecTokenKind.String => ParseString(),
                _ => ParseSum(),
            };
            while (node is CallNode or RepeatNode && Current.Kind == SpecTokenKind.Star)
            {
                Advance();
                var count = ParseUnary();
                if (count is null) return null;
                node = new RepeatNode(node, count, node.Start, count.End);
            }
            return node;
        }
        finally { _depth--; }
    }

    /// <summary>call := NAME ['(' [argument (',' argument)*] ')'], argument := NAME '=' node | node.</summary>
    private CallNode? ParseCall()
    {
        var name = Advance();
        if (Current.Kind != SpecTokenKind.LeftParen) return new CallNode(name.Text, name.Start, default, name.Start, name.Start + name.Length);
        Advance();
        var arguments = ImmutableArray.CreateBuilder<ArgumentNode>();
        while (Current.Kind != SpecTokenKind.RightParen)
        {
            if (Current.Kind == SpecTokenKind.Name && Peek(1).Kind == SpecTokenKind.Equals)
            {
                var parameter = Advance();
                Advance();
                var value = ParseNode();
                if (value is null) return null;
                arguments.Add(new ArgumentNode(parameter.Text, parameter.Start, value));
            }
            else
            {
                var value = ParseNode();
                if (value is null) return null;
                arguments.Add(new ArgumentNode(null, value.Start, value));
            }
            if (Current.Kind == SpecTokenKind.Comma) { Advance(); continue; }
            if (Current.Kind != SpecTokenKind.RightParen)
                return Fail<CallNode>(Current, $"expected ',' or ')' in {name.Text}(…), got {Describe(Current)}");
        }
        var close = Advance();
        return new CallNode(name.Text, name.Start, arguments.ToImmutable(), name.Start, close.Start + 1);
    }

    private StringNode ParseString()
    {
        var token = Advance();
        return new StringNode(token.Text[1..^1], token.Start, token.Start + token.Length);
    }

    /// <summary>sum := term (('+' | '-') term)*.</summary>
    private NumberNode? ParseSum()
    {
        var left = ParseTerm();
        while (left is not null && Current.Kind is SpecTokenKind.Plus or SpecTokenKind.Minus)
        {
            bool plus = Advance().Kind == SpecTokenKind.Plus;
            var right = ParseTerm();
            if (right is null) return null;
            left = new NumberNode(plus ? left.Value + right.Value : left.Value - right.Value, left.Start, right.End);
        }
        return left;
    }

    /// <summary>term := unary (('*' | '/') unary)*.</summary>
    private NumberNode? ParseTerm()
    {
        var left = ParseUnary();
        while (left is not null && Current.Kind is SpecTokenKind.Star or SpecTokenKind.Slash)
        {
            bool times = Advance().Kind == SpecTokenKind.Star;
            var right = ParseUnary();
            if (right is null) return null;
            left = new NumberNode(times ? left.Value * right.Value : left.Value / right.Value, left.Start, right.End);
        }
        return left;
    }

    /// <summary>unary := ('-' | '+') unary | power; power := atom ['^' unary].</summary>
    private NumberNode? ParseUnary()
    {
        if (!Enter()) return null;
        try
        {
            if (Current.Kind is SpecTokenKind.Minus or SpecTokenKind.Plus)
            {
                var sign = Advance();
                var operand = ParseUnary();
                return operand is null ? null
                    : new NumberNode(sign.Kind == SpecTokenKind.Minus ? -operand.Value : operand.Value, sign.Start, operand.End);
            }
            var atom = ParseAtom();
            if (atom is null || Current.Kind != SpecTokenKind.Caret) return atom;
            Advance();
            var exponent = ParseUnary();
            return exponent is null ? null : new NumberNode(atom.Value.Pow(exponent.Value), atom.Start, exponent.End);
        }
        finally { _depth--; }
    }

    /// <summary>atom := NUMBER | '(' sum ')'.</summary>
    private NumberNode? ParseAtom()
    {
        var token = Current;
        switch (token.Kind)
        {
            case SpecTokenKind.Number:
                Advance();
                if (token.Length > MaxNumberLength)
                    return Fail<NumberNode>(token, $"a number literal of {token.Length} characters is longer than the {MaxNumberLength} accepted");
                return Rational.TryParseDecimal(token.Text, out var value)
                    ? new NumberNode(Number.Of(value), token.Start, token.Start + token.Length)
                    : Fail<NumberNode>(token, $"invalid number '{SpecText.Shorten(token.Text)}'");
            case SpecTokenKind.LeftParen:
                Advance();
                var inner = ParseSum();
                if (inner is null) return null;
                if (Current.Kind != SpecTokenKind.RightParen) return Fail<NumberNode>(Current, $"expected ')', got {Describe(Current)}");
                var close = Advance();
                return inner with { Start = token.Start, End = close.Start + 1 };
            default:
                return Fail<NumberNode>(token, token.Kind == SpecTokenKind.Bad && token.Text.StartsWith('"')
                    ? "unterminated string"
                    : $"expected a layer or a number, got {Describe(token)}");
        }
    }

    private bool Enter()
    {
        if (++_depth <= MaxNesting) return true;
        _depth--;
        Fail<SpecNode>(Current, $"nesting deeper than {MaxNesting} levels");
        return false;
    }

    private SpecToken Advance()
    {
        var token = Current;
        if (_position < tokens.Length - 1) _position++;
        return token;
    }

    private SpecNode? Fail(SpecToken at, string message) => Fail<SpecNode>(at, message);

    private T? Fail<T>(SpecToken at, string message) where T : class
    {
        if (errors.Count == 0) errors.Add(new SpecError(at.Start, at.Length, message));
        return null;
    }

    private static string Describe(SpecToken token) => token.Kind == SpecTokenKind.End ? "end of text" : $"'{SpecText.Shorten(token.Text)}'";
}
