namespace Symbolic.Text.Syntax;

/// <summary>
/// A node of the concrete syntax tree the parser builds, before any algebra: the text as written, with spans for
/// diagnostics. The <see cref="Binding.Binder"/> turns it into an <see cref="Core.Expressions.Expr"/>.
/// </summary>
/// <remarks>
/// Chains of left-associative operators (<c>a + b + c + …</c>) form left-deep trees of unbounded depth; every
/// other kind of nesting is bounded by <see cref="ExprParser.MaxNestingDepth"/>. Walk left spines iteratively.
/// </remarks>
public abstract class SyntaxNode
{
    private protected SyntaxNode(TextSpan span) => Span = span;

    /// <summary>The characters this node covers.</summary>
    public TextSpan Span { get; }
}
