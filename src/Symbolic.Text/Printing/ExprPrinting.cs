using Symbolic.Core.Expressions;

namespace Symbolic.Text.Printing;

/// <summary>Discoverable printing members on <see cref="Expr"/>.</summary>
public static class ExprPrinting
{
    extension(Expr e)
    {
        /// <summary>Plain text that <see cref="ExprParser.Parse"/> reads back as this same object (see <see cref="TextPrinter"/>).</summary>
        public string ToText(TextOptions? options = null) => TextPrinter.Print(e, options);

        /// <summary>amsmath LaTeX for math mode (see <see cref="LatexPrinter"/>).</summary>
        public string ToLatex(LatexOptions? options = null) => LatexPrinter.Print(e, options);
    }
}
