using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Specs;

/// <summary>
/// Turns the text of <c>phi("…")</c> into an expression of <paramref name="variable"/> (the CLI passes the Text
/// project's parser; the architecture grammar itself parses no expressions). Returns false with a one-line error.
/// </summary>
/// <param name="text">The expression text, e.g. <c>z*tanh(z)</c>.</param>
/// <param name="variable">The activation's variable z.</param>
/// <param name="expression">The bound expression on success.</param>
/// <param name="error">The error message on failure.</param>
public delegate bool ExpressionBinder(string text, Symbol variable, out Expr? expression, out string? error);
