using System.Globalization;
using System.Text;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Text.Printing;

/// <summary>
/// LaTeX printer for amsmath: <c>\frac</c>, <c>\sqrt{}</c>, <c>\arccos</c>, <c>\left(\right)</c>, <c>\pi</c>,
/// <c>\operatorname{erf}</c>, <c>|x|</c>, exponents in braces, <c>\cdot</c> only where juxtaposition would be
/// ambiguous (before a digit). Output is math-mode content (wrap it in <c>\[ … \]</c>, see
/// <see cref="LatexDocument"/>). Shared and deep subexpressions are named Σ₁, Σ₂, … and defined in an
/// <c>aligned</c> block in dependency order:
/// <code>
/// \begin{aligned}
/// &amp;\Sigma_{2} \left(\pi - \arccos\left(\Sigma_{2}\right)\right) + … \\
/// \text{where}\quad \Sigma_{1} &amp;= … \\
/// \Sigma_{2} &amp;= …
/// \end{aligned}
/// </code>
/// </summary>
public static class LatexPrinter
{
    /// <summary>Prints <paramref name="e"/>; an <c>aligned</c> block with a "where" part when subexpressions are named.</summary>
    public static string Print(Expr e, LatexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var session = new LatexRenderer([e], [], options ?? LatexOptions.Default);
        string main = session.Render(session.Builder.BuildTop(e));
        if (session.Names.Definitions.Count == 0) return main;
        return Aligned([$"&{main}", .. session.DefinitionRows()]);
    }

    /// <summary>
    /// Prints several named roots in one <c>aligned</c> block sharing one "where" part, e.g.
    /// <c>PrintDefinitions([("K", nngp), (@"\Theta", ntk)])</c>. Names are LaTeX. A root that occurs inside another is
    /// referred to there by its name.
    /// </summary>
    public static string PrintDefinitions(IReadOnlyList<(string Name, Expr Value)> definitions, LatexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var session = new LatexRenderer([.. definitions.Select(d => d.Value)], [.. definitions.Select(d => d.Name)], options ?? LatexOptions.Default);
        var rows = definitions.Select(d => $"{d.Name} &= {session.Render(session.Builder.BuildTop(d.Value))}");
        return Aligned([.. rows, .. session.DefinitionRows()]);
    }

    private static string Aligned(IEnumerable<string> rows) =>
        "\\begin{aligned}\n" + string.Join(" \\\\\n", rows) + "\n\\end{aligned}";

    /// <summary>Renders display trees for one printout (shared names and root labels fixed per printout).</summary>
    private sealed class LatexRenderer
    {
        private readonly string[] _rootLabels;
        private readonly string _prefix;

        public LatexRenderer(Expr[] roots, string[] rootLabels, LatexOptions options)
        {
            Names = SharedSubexpressionNamer.Analyze(roots, options.EffectiveShareThreshold, options.EffectiveInlineDepth);
            Builder = new DisplayBuilder(Names);
            _rootLabels = rootLabels;
            _prefix = options.NamePrefix;
        }

        public SharedSubexpressionNamer Names { get; }

        public DisplayBuilder Builder { get; }

        public IEnumerable<string> DefinitionRows() => Names.Definitions.Select((d, i) =>
            $"{(i == 0 ? @"\text{where}\quad " : "")}{_prefix}_{{{i + 1}}} &= {Render(Builder.BuildTop(d))}");

        public string Render(DisplayExpr node)
        {
            var sb = new StringBuilder();
            Render(sb, node);
            return sb.ToString();
        }

        private void Render(StringBuilder sb, DisplayExpr node)
        {
            switch (node)
            {
                case DisplayInteger n: sb.Append(n.Value.ToString(CultureInfo.InvariantCulture)); break;
                case DisplayFloat number: sb.Append(FloatLatex(number.Value)); break;
                case DisplayConstant c: sb.Append(c.Id == ConstantId.Pi ? @"\pi" : "e"); break;
                case DisplaySymbol s: sb.Append(LatexNames.Symbol(s.Name)); break;
                case DisplayName { IsRoot: true } r: sb.Append(_rootLabels[r.Index]); break;
                case DisplayName s: sb.Append(_prefix).Append("_{").Append(s.Index).Append('}'); break;
                case DisplaySum s:
                    for (int i = 0; i < s.Terms.Length; i++)
                    {
                        var (negative, magnitude) = s.Terms[i];
                        sb.Append(i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
                        Wrapped(sb, magnitude, Precedence.Product);
                    }
                    break;
                case DisplayProduct p: RenderProduct(sb, p); break;
                case DisplayFraction fraction:
                    sb.Append(@"\frac{");
                    Render(sb, fraction.Numerator);
                    sb.Append("}{");
                    Render(sb, fraction.Denominator);
                    sb.Append('}');
                    break;
                case DisplayNegation n:
                    sb.Append('-');
                    Wrapped(sb, n.Operand, Precedence.Product);
                    break;
                case DisplayPower p:
                    // A call or a float in scientific notation as a base would read ambiguously: \arccos(t)^{2}.
                    bool wrap = p.Base is DisplayCall or DisplayRoot || (p.Base is DisplayFloat baseFloat && IsScientific(baseFloat.Value));
                    if (wrap) sb.Append(@"\left(");
                    Render(sb, p.Base);
                    if (wrap) sb.Append(@"\right)");
                    sb.Append("^{");
                    if (p.Exponent is DisplayFraction { Numerator: DisplayInteger a, Denominator: DisplayInteger b })
                        sb.Append(a.Value.ToString(CultureInfo.InvariantCulture)).Append('/').Append(b.Value.ToString(CultureInfo.InvariantCulture));
                    else
                        Render(sb, p.Exponent);
                    sb.Append('}');
                    break;
                case DisplayRoot r:
                    sb.Append(@"\sqrt{");
                    Render(sb, r.Radicand);
                    sb.Append('}');
                    break;
                case DisplayCall c: RenderCall(sb, c); break;
                case DisplayParenthesis p:
                    sb.Append(@"\left(");
                    Render(sb, p.Inner);
                    sb.Append(@"\right)");
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"LatexPrinter lacks {node.GetType().Name}.");
            }
        }

        /// <summary>Juxtaposition, with <c>\cdot</c> before a factor that starts with a digit (2 \cdot 3^{x}) and around
        /// floats in scientific notation.</summary>
        private void RenderProduct(StringBuilder sb, DisplayProduct product)
        {
            string? previous = null;
            bool previousScientific = false;
            foreach (var factor in product.Factors)
            {
                var text = new StringBuilder();
                Wrapped(text, factor, Precedence.Product);
                string current = text.ToString();
                bool scientific = factor is DisplayFloat f && IsScientific(f.Value);
                if (previous is not null)
                    sb.Append(char.IsAsciiDigit(current[0]) || current[0] == '.' || scientific || previousScientific ? @" \cdot " : " ");
                sb.Append(current);
                (previous, previousScientific) = (current, scientific);
            }
        }

        private void RenderCall(StringBuilder sb, DisplayCall call)
        {
            if (call.Function == FunctionId.Abs)
            {
                sb.Append(@"\left|");
                Render(sb, call.Arguments[0]);
                sb.Append(@"\right|");
                return;
            }
            sb.Append(BuiltIns.Get(call.Function).LatexName).Append(@"\left(");
            for (int i = 0; i < call.Arguments.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                Render(sb, call.Arguments[i]);
            }
            sb.Append(@"\right)");
        }

        private void Wrapped(StringBuilder sb, DisplayExpr node, int minimum)
        {
            bool parenthesise = Precedence.Of(node) < minimum;
            if (parenthesise) sb.Append(@"\left(");
            Render(sb, node);
            if (parenthesise) sb.Append(@"\right)");
        }

        private static bool IsScientific(double value) => value.ToString("R", CultureInfo.InvariantCulture).Contains('E');

        /// <summary>Round-trip digits; 1.5E-05 becomes 1.5 \cdot 10^{-5}.</summary>
        private static string FloatLatex(double value)
        {
            string digits = value.ToString("R", CultureInfo.InvariantCulture);
            int e = digits.IndexOf('E');
            if (e < 0) return digits;
            int exponent = int.Parse(digits.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            return $@"{digits[..e]} \cdot 10^{{{exponent.ToString(CultureInfo.InvariantCulture)}}}";
        }
    }
}
