using System.Text;

namespace Symbolic.Cli.Derivations;

/// <summary>Turns the Unicode prose of reports into LaTeX text that pdflatex (no Unicode engine) accepts: special
/// characters escaped, Greek letters, sub/superscripts and math symbols as math-mode commands.</summary>
public static class LatexText
{
    private static readonly Dictionary<char, string> s_map = new()
    {
        ['α'] = @"$\alpha$", ['β'] = @"$\beta$", ['γ'] = @"$\gamma$", ['δ'] = @"$\delta$", ['ε'] = @"$\varepsilon$",
        ['θ'] = @"$\theta$", ['Θ'] = @"$\Theta$", ['κ'] = @"$\kappa$", ['λ'] = @"$\lambda$", ['μ'] = @"$\mu$", ['ν'] = @"$\nu$",
        ['π'] = @"$\pi$", ['ρ'] = @"$\rho$", ['Σ'] = @"$\Sigma$", ['σ'] = @"$\sigma$", ['τ'] = @"$\tau$", ['ω'] = @"$\omega$",
        ['ℓ'] = @"$\ell$",
        ['±'] = @"$\pm$", ['−'] = "-", ['–'] = "--", ['—'] = "---", ['≤'] = @"$\le$", ['≥'] = @"$\ge$", ['≈'] = @"$\approx$",
        ['→'] = @"$\to$", ['∞'] = @"$\infty$", ['√'] = @"$\surd$", ['∈'] = @"$\in$", ['∋'] = @"$\ni$", ['×'] = @"$\times$",
        ['·'] = @"$\cdot$", ['⟨'] = @"$\langle$", ['⟩'] = @"$\rangle$", ['½'] = @"$\frac12$", ['¼'] = @"$\frac14$",
        ['§'] = @"\S{}", ['’'] = "'", ['“'] = "``", ['”'] = "''", ['̂'] = @"\^{}", ['≠'] = @"$\ne$", ['∼'] = @"$\sim$",
        ['\\'] = @"\textbackslash{}", ['{'] = @"\{", ['}'] = @"\}", ['_'] = @"\_", ['^'] = @"\^{}", ['&'] = @"\&",
        ['%'] = @"\%", ['$'] = @"\$", ['#'] = @"\#", ['~'] = @"\~{}", ['<'] = @"$<$", ['>'] = @"$>$", ['|'] = @"$|$",
    };

    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉₋ᵢⱼₖ";
    private const string SubscriptPlain = "0123456789-ijk";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᵏ";
    private const string SuperscriptPlain = "0123456789-k";

    /// <summary>The LaTeX text for <paramref name="text"/>; characters with no mapping outside ASCII become '?'.
    /// Runs of Unicode sub/superscripts become one group (c₋₁ → c$_{-1}$).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Run(text, ref i, Subscripts, SubscriptPlain) is { } sub) sb.Append("$_{").Append(sub).Append("}$");
            else if (Run(text, ref i, Superscripts, SuperscriptPlain) is { } sup) sb.Append("$^{").Append(sup).Append("}$");
            else if (s_map.TryGetValue(c, out var replacement)) sb.Append(replacement);
            else if (c < 128) sb.Append(c);
            else sb.Append('?');
        }
        return sb.ToString().Replace("$$", "", StringComparison.Ordinal);
    }

    private static string? Run(string text, ref int i, string from, string to)
    {
        if (from.IndexOf(text[i], StringComparison.Ordinal) < 0) return null;
        var sb = new StringBuilder();
        while (i < text.Length && from.IndexOf(text[i], StringComparison.Ordinal) is var k and >= 0)
        {
            sb.Append(to[k]);
            i++;
        }
        i--;
        return sb.ToString();
    }
}
