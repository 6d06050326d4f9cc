using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>One recorded rule application: <paramref name="Rule"/> rewrote <paramref name="Before"/> into
/// <paramref name="After"/> (before canonicalisation of the enclosing expression).</summary>
/// <param name="Rule">The rule's name, e.g. "sin-acos".</param>
/// <param name="Before">The matched node.</param>
/// <param name="After">What the rule returned.</param>
public readonly record struct RewriteStep(string Rule, Expr Before, Expr After);
