using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Text.Syntax;

namespace Symbolic.Text;

/// <summary>The outcome of <see cref="ExprParser.ParseDefinitions"/>: named roots, or diagnostics saying why there are none.</summary>
public sealed class DefinitionsParseResult
{
    internal DefinitionsParseResult(SyntaxTree syntax, ImmutableArray<(string Name, Expr Value)> definitions, ImmutableArray<Diagnostic> diagnostics) =>
        (Syntax, Definitions, Diagnostics) = (syntax, definitions, diagnostics);

    /// <summary>The roots <c>Name = …</c> in written order, each a canonical interned expression (empty on failure).</summary>
    public ImmutableArray<(string Name, Expr Value)> Definitions { get; }

    /// <summary>Errors with positions, formatted <c>line:column: message</c>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The syntax tree the definitions were bound from.</summary>
    public SyntaxTree Syntax { get; }

    /// <summary>Whether parsing and binding succeeded.</summary>
    public bool Success => Diagnostics.IsEmpty;

    /// <summary>The value of the root named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No root has that name.</exception>
    public Expr this[string name] =>
        Definitions.FirstOrDefault(d => d.Name == name).Value ?? throw new KeyNotFoundException($"No definition named '{name}'.");
}
