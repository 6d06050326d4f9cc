using System.Globalization;
using System.Text;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;

namespace Symbolic.Text.Printing;

/// <summary>
/// Plain-text printer whose output <see cref="ExprParser"/> reads back as the same interned object, e.g.
/// <c>(t*(pi - acos(t)) + sqrt(1 - t^2))/pi</c>: negative powers as division, ^(1/2) as <c>sqrt(…)</c>, a leading
/// minus, minimal parentheses, explicit floats as <c>float(&lt;round-trip digits&gt;)</c>. Shared and deep
/// subexpressions are named and listed after <c>where</c>, one per line, in dependency order:
/// <code>
/// S2*(pi - acos(S2)) + …
/// where
///   S1 = …
///   S2 = …
/// </code>
/// </summary>
/// <remarks>
/// Reads back exactly when symbol names are identifiers the parser treats as symbols (not <c>pi</c>, <c>e</c>,
/// <c>where</c>, a function name, or NaN/Inf words), as every parsed symbol is.
/// </remarks>
public static class TextPrinter
{
    /// <summary>Prints <paramref name="e"/>, with a <c>where</c> list when subexpressions are named.</summary>
    public static string Print(Expr e, TextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var session = new Session([e], [], options ?? TextOptions.Default);
        var sb = new StringBuilder();
        session.Render(sb, session.Builder.BuildTop(e));
        session.AppendWhere(sb);
        return sb.ToString();
    }

    /// <summary>
    /// Prints several named roots that share one <c>where</c> list, one <c>Name = …</c> line each, e.g. the NNGP and
    /// NTK of one network. A root that occurs inside another is referred to there by its name. With identifier names
    /// distinct from the symbols, <see cref="ExprParser.ParseDefinitions"/> reads the output back.
    /// </summary>
    public static string PrintDefinitions(IReadOnlyList<(string Name, Expr Value)> definitions, TextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        var session = new Session([.. definitions.Select(d => d.Value)], [.. definitions.Select(d => d.Name)], options ?? TextOptions.Default);
        var sb = new StringBuilder();
        for (int i = 0; i < definitions.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            sb.Append(definitions[i].Name).Append(" = ");
            session.Render(sb, session.Builder.BuildTop(definitions[i].Value));
        }
        session.AppendWhere(sb);
        return sb.ToString();
    }

    private sealed class Session
    {
        private readonly SharedSubexpressionNamer _names;
        private readonly string[] _rootLabels;
        private readonly string _prefix;

        public Session(Expr[] roots, string[] rootLabels, TextOptions options)
        {
            if (!IsIdentifier(options.NamePrefix))
                throw new ArgumentException($"NamePrefix '{options.NamePrefix}' is not an identifier.", nameof(options));
            _names = SharedSubexpressionNamer.Analyze(roots, options.EffectiveShareThreshold, options.EffectiveInlineDepth);
            _rootLabels = rootLabels;
            Builder = new DisplayBuilder(_names);
            var taken = DagWalk.PostOrder(roots).OfType<Symbol>().Select(s => s.Name).Concat(rootLabels).ToHashSet(StringComparer.Ordinal);
            _prefix = options.NamePrefix;
            while (taken.Any(n => n.Length > _prefix.Length && n.StartsWith(_prefix, StringComparison.Ordinal) && !n.AsSpan(_prefix.Length).ContainsAnyExcept("0123456789")))
                _prefix += "_";
        }

        public DisplayBuilder Builder { get; }

        public void AppendWhere(StringBuilder sb)
        {
            if (_names.Definitions.Count == 0) return;
            sb.Append("\nwhere");
            for (int i = 0; i < _names.Definitions.Count; i++)
            {
                sb.Append("\n  ").Append(_prefix).Append(i + 1).Append(" = ");
                Render(sb, Builder.BuildTop(_names.Definitions[i]));
            }
        }

        public void Render(StringBuilder sb, DisplayExpr node)
        {
            switch (node)
            {
                case DisplayInteger n: sb.Append(n.Value.ToString(CultureInfo.InvariantCulture)); break;
                case DisplayFloat f: sb.Append("float(").Append(f.Value.ToString("R", CultureInfo.InvariantCulture)).Append(')'); break;
                case DisplayConstant c: sb.Append(Constant.Of(c.Id).Name); break;
                case DisplaySymbol s: sb.Append(s.Name); break;
                case DisplayName { IsRoot: true } r: sb.Append(_rootLabels[r.Index]); break;
                case DisplayName s: sb.Append(_prefix).Append(s.Index); break;
                case DisplaySum s:
                    for (int i = 0; i < s.Terms.Length; i++)
                    {
                        var (negative, magnitude) = s.Terms[i];
                        sb.Append(i == 0 ? (negative ? "-" : "") : (negative ? " - " : " + "));
                        Wrapped(sb, magnitude, Precedence.Product);
                    }
                    break;
                case DisplayProduct p:
                    for (int i = 0; i < p.Factors.Length; i++)
                    {
                        if (i > 0) sb.Append('*');
                        Wrapped(sb, p.Factors[i], Precedence.Product);
                    }
                    break;
                case DisplayFraction f:
                    Wrapped(sb, f.Numerator, Precedence.Product);
                    sb.Append('/');
                    Wrapped(sb, f.Denominator, Precedence.Power);   // a/(b*c), but a/b^2
                    break;
                case DisplayNegation n:
                    sb.Append('-');
                    Wrapped(sb, n.Operand, Precedence.Product);   // -x*y reads as (-x)*y: the same product
                    break;
                case DisplayPower p:
                    Render(sb, p.Base);
                    sb.Append('^');
                    Wrapped(sb, p.Exponent, Precedence.Atom);
                    break;
                case DisplayRoot r:
                    sb.Append("sqrt(");
                    Render(sb, r.Radicand);
                    sb.Append(')');
                    break;
                case DisplayCall c:
                    sb.Append(BuiltIns.Get(c.Function).Name).Append('(');
                    for (int i = 0; i < c.Arguments.Length; i++)
                    {
                        if (i > 0) sb.Append(", ");
                        Render(sb, c.Arguments[i]);
                    }
                    sb.Append(')');
                    break;
                case DisplayParenthesis p:
                    sb.Append('(');
                    Render(sb, p.Inner);
                    sb.Append(')');
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"TextPrinter lacks {node.GetType().Name}.");
            }
        }

        /// <summary>Renders <paramref name="node"/>, in parentheses when it binds looser than <paramref name="minimum"/>.</summary>
        private void Wrapped(StringBuilder sb, DisplayExpr node, int minimum)
        {
            bool parenthesise = Precedence.Of(node) < minimum;
            if (parenthesise) sb.Append('(');
            Render(sb, node);
            if (parenthesise) sb.Append(')');
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
    }
}
