using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Symbolic.Core.Expressions;
using Symbolic.Text.Syntax;

namespace Symbolic.Text;

/// <summary>The outcome of <see cref="ExprParser.Parse"/>: an expression, or diagnostics saying why there is none.</summary>
public sealed class ParseResult
{
    internal ParseResult(SyntaxTree syntax, Expr? value, ImmutableArray<Diagnostic> diagnostics) =>
        (Syntax, Value, Diagnostics) = (syntax, value, diagnostics);

    /// <summary>The parsed expression in canonical form; null exactly when <see cref="Success"/> is false.</summary>
    public Expr? Value { get; }

    /// <summary>Errors with positions, formatted <c>line:column: message</c> by <see cref="Diagnostic.ToString"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The syntax tree the value was bound from.</summary>
    public SyntaxTree Syntax { get; }

    /// <summary>Whether parsing and binding succeeded (then <see cref="Value"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Success => Value is not null;

    /// <summary>The value, or the diagnostics joined by newlines.</summary>
    public override string ToString() => Success ? Value.ToString() : string.Join('\n', Diagnostics);
}
