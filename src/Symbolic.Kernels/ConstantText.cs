using System.Globalization;
using System.Text;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels;

/// <summary>
/// Formats the exact constants of layer parameters (σ_w², σ_b², α, slopes) in the architecture grammar's number syntax,
/// so that printed specs parse back: integers and fractions (<c>1/2</c>, <c>-3</c>), radicals (<c>10^(-1/4)</c>),
/// products (<c>1/10*10^(1/4)</c>) and sums; floats in round-trip form.
/// </summary>
public static class ConstantText
{
    /// <summary>The grammar text of <paramref name="e"/>; symbols print by name and other nodes in the debug form.</summary>
    public static string Format(Expr e)
    {
        var sb = new StringBuilder();
        Append(e, sb);
        return sb.ToString();
    }

    private static void Append(Expr e, StringBuilder sb)
    {
        switch (e)
        {
            case Number n:
                sb.Append(n.Value.ToString());
                break;
            case Float f:
                sb.Append(f.Value.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Symbol s:
                sb.Append(s.Name);
                break;
            case Power p:
                AppendAtom(p.Base, sb);
                sb.Append('^');
                AppendAtom(p.Exponent, sb);
                break;
            case Product p:
                if (p.Coefficient == -1) sb.Append('-');
                else if (!p.Coefficient.IsOne) sb.Append(p.Coefficient.ToString()).Append('*');
                for (int i = 0; i < p.Factors.Length; i++)
                {
                    if (i > 0) sb.Append('*');
                    AppendAtom(p.Factors[i], sb);
                }
                break;
            case Sum s:
                bool first = true;
                if (!s.Constant.IsZero) { sb.Append(s.Constant.ToString()); first = false; }
                foreach (var (c, body) in s.Terms)
                {
                    var term = Format(Core.Algebra.Algebra.Scale(c, body));
                    if (!first && !term.StartsWith('-')) sb.Append('+');
                    sb.Append(term);
                    first = false;
                }
                break;
            default:
                sb.Append(e.ToString());
                break;
        }
    }

    private static void AppendAtom(Expr e, StringBuilder sb)
    {
        bool simple = e is Symbol || e is Number { Value: { IsInteger: true, Sign: >= 0 } };
        if (!simple) sb.Append('(');
        Append(e, sb);
        if (!simple) sb.Append(')');
    }
}
