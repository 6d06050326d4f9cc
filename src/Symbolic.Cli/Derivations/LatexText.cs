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
        ['₀'] = @"$_0$", ['₁'] = @"$_1$", ['₂'] = @"$_2$", ['₋'] = @"$_-$", ['ᵢ'] = @"$_i$", ['ⱼ'] = @"$_j$", ['ₖ'] = @"$_k$",
        ['⁰'] = @"$^0$", ['¹'] = @"$^1$", ['²'] = @"$^2$", ['³'] = @"$^3$", ['⁻'] = @"$^-$", ['ᵏ'] = @"$^k$",
        ['±'] = @"$\pm$", ['−'] = "-", ['–'] = "--", ['—'] = "---", ['≤'] = @"$\le$", ['≥'] = @"$\ge$", ['≈'] = @"$\approx$",
        ['→'] = @"$\to$", ['∞'] = @"$\infty$", ['√'] = @"$\surd$", ['∈'] = @"$\in$", ['∋'] = @"$\ni$", ['×'] = @"$\times$",
        ['·'] = @"$\cdot$", ['⟨'] = @"$\langle$", ['⟩'] = @"$\rangle$", ['½'] = @"$\frac12$", ['¼'] = @"$\frac14$",
        ['§'] = @"\S{}", ['’'] = "'", ['“'] = "``", ['”'] = "''", ['̂'] = @"\^{}", ['≠'] = @"$\ne$", ['∼'] = @"$\sim$",
        ['\\'] = @"\textbackslash{}", ['{'] = @"\{", ['}'] = @"\}", ['_'] = @"\_", ['^'] = @"\^{}", ['&'] = @"\&",
        ['%'] = @"\%", ['$'] = @"\$", ['#'] = @"\#", ['~'] = @"\~{}", ['<'] = @"$<$", ['>'] = @"$>$", ['|'] = @"$|$",
    };

    /// <summary>The LaTeX text for <paramref name="text"/>; characters with no mapping outside ASCII become '?'.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (s_map.TryGetValue(c, out var replacement)) sb.Append(replacement);
            else if (c < 128) sb.Append(c);
            else sb.Append('?');
        }
        return sb.ToString().Replace("$$", "", StringComparison.Ordinal);
    }
}
