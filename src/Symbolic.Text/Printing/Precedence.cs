using Symbolic.Text.Syntax;

namespace Symbolic.Text.Printing;

/// <summary>
/// The one precedence table, shared by the parser (how tightly operators bind when reading) and the printers
/// (where parentheses are needed when writing), so what is printed reads back unchanged. Higher binds tighter.
/// </summary>
internal static class Precedence
{
    /// <summary>Loosest: nothing is an operand at this level.</summary>
    public const int None = 0;

    /// <summary>a + b, a − b.</summary>
    public const int Sum = 1;

    /// <summary>a·b, a/b (left-associative, so <c>a/b/c</c> is (a/b)/c).</summary>
    public const int Product = 2;

    /// <summary>Prefix −a: looser than powers (−x² is −(x²)), tighter than products.</summary>
    public const int Negation = 3;

    /// <summary>aᵇ, right-associative.</summary>
    public const int Power = 4;

    /// <summary>Numbers, names, calls, roots and parenthesised groups: never need parentheses.</summary>
    public const int Atom = 5;

    /// <summary>Binding power of an infix token, or <see cref="None"/> when it is not a left-associative infix operator.</summary>
    public static int OfInfix(TokenKind kind) => kind switch
    {
        TokenKind.Plus or TokenKind.Minus => Sum,
        TokenKind.Star or TokenKind.Slash => Product,
        _ => None,
    };

    /// <summary>How tightly a display node holds together as an operand.</summary>
    public static int Of(DisplayExpr node) => node switch
    {
        DisplaySum => Sum,
        DisplayProduct or DisplayFraction => Product,
        DisplayNegation => Negation,
        DisplayPower => Power,
        _ => Atom,
    };
}
