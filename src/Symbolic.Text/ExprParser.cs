using Symbolic.Text.Binding;
using Symbolic.Text.Syntax;

namespace Symbolic.Text;

/// <summary>
/// Reads expressions from plain text: <c>(t*(pi - acos(t)) + sqrt(1 - t^2))/pi</c>. Grammar: exact numeric literals
/// (<c>12</c>, <c>0.25</c>, <c>1.5e-3</c>), symbols, <c>pi</c>/<c>π</c>/<c>e</c>, <c>+ - * /</c>, <c>^</c> or <c>**</c>
/// (right-associative, tighter than a prefix sign: <c>-x^2</c> is −(x²)), parentheses, built-in calls <c>f(a, b)</c>
/// with the aliases of <see cref="Core.Functions.Fn.TryApply"/>, <c>float(0.3)</c> for an explicit approximate
/// constant, and an optional <c>where</c> list naming shared subexpressions (the format
/// <see cref="Printing.TextPrinter"/> writes, so printed text reads back as the same object).
/// </summary>
/// <remarks>
/// User errors are diagnostics (<c>1:7: expected ')'</c>), never exceptions; the limits below keep hostile input
/// cheap. Large exact powers such as <c>2^99999999</c> stay symbolic (Core's size guard), so they do not hang.
/// </remarks>
public static class ExprParser
{
    /// <summary>Deepest nesting of parentheses, calls, signs and exponents accepted; deeper input is a diagnostic
    /// rather than a stack overflow. Printers bound their own nesting well below this.</summary>
    public const int MaxNestingDepth = 200;

    /// <summary>Longest numeric literal accepted, in characters. Core keeps exact powers up to 2¹⁶ bits
    /// (about 19,729 digits), so every exact number a printer writes reads back.</summary>
    public const int MaxLiteralLength = 20_000;

    /// <summary>Longest identifier accepted, in characters.</summary>
    public const int MaxIdentifierLength = 256;

    /// <summary>Parses and binds <paramref name="text"/> into a canonical, interned expression.</summary>
    /// <returns>The expression, or diagnostics with positions; never throws for any string.</returns>
    public static ParseResult Parse(string text) => Binder.Bind(SyntaxTree.Parse(text));

    /// <summary>
    /// Parses named roots <c>Name = expr</c> (one per line or separated by <c>,</c>/<c>;</c>) with an optional shared
    /// <c>where</c> list: the format of <see cref="Printing.TextPrinter.PrintDefinitions"/>. Roots may refer to each other.
    /// </summary>
    /// <returns>The roots in written order, or diagnostics; never throws for any string.</returns>
    public static DefinitionsParseResult ParseDefinitions(string text) => Binder.BindDefinitions(SyntaxTree.Parse(text));
}
