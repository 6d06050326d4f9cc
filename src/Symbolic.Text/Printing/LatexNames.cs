using System.Collections.Frozen;
using System.Text;

namespace Symbolic.Text.Printing;

/// <summary>
/// LaTeX for symbol names: Greek names and letters become commands (<c>theta</c>, <c>θ</c> → <c>\theta</c>), a
/// trailing number or an <c>_</c> part becomes a subscript (<c>x1</c> → <c>x_{1}</c>, <c>sigma_w</c> →
/// <c>\sigma_{w}</c>), longer names are upright (<c>rho12</c> → <c>\rho_{12}</c>, <c>var</c> → <c>\mathrm{var}</c>).
/// Characters pdflatex cannot set in math mode are written as <c>\text{U+XXXX}</c>, so output always compiles.
/// </summary>
internal static class LatexNames
{
    private static readonly FrozenSet<string> s_greekWords = new[]
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "pi", "varpi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi",
        "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<char, string> s_greekLetters = new Dictionary<char, string>
    {
        ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "varepsilon", ['ϵ'] = "epsilon",
        ['ζ'] = "zeta", ['η'] = "eta", ['θ'] = "theta", ['ϑ'] = "vartheta", ['ι'] = "iota", ['κ'] = "kappa",
        ['λ'] = "lambda", ['μ'] = "mu", ['ν'] = "nu", ['ξ'] = "xi", ['π'] = "pi", ['ρ'] = "rho", ['σ'] = "sigma",
        ['ς'] = "varsigma", ['τ'] = "tau", ['υ'] = "upsilon", ['φ'] = "varphi", ['ϕ'] = "phi", ['χ'] = "chi",
        ['ψ'] = "psi", ['ω'] = "omega", ['Γ'] = "Gamma", ['Δ'] = "Delta", ['Θ'] = "Theta", ['Λ'] = "Lambda",
        ['Ξ'] = "Xi", ['Π'] = "Pi", ['Σ'] = "Sigma", ['Υ'] = "Upsilon", ['Φ'] = "Phi", ['Ψ'] = "Psi", ['Ω'] = "Omega",
    }.ToFrozenDictionary();

    /// <summary>The LaTeX for the symbol named <paramref name="name"/>.</summary>
    public static string Symbol(string name)
    {
        int underscore = name.IndexOf('_');
        string head, tail;
        if (underscore > 0)
        {
            (head, tail) = (name[..underscore], name[(underscore + 1)..]);
        }
        else
        {
            int digits = name.Length;
            while (digits > 0 && char.IsAsciiDigit(name[digits - 1])) digits--;
            (head, tail) = digits > 0 ? (name[..digits], name[digits..]) : (name, "");
        }
        var sb = new StringBuilder(Part(head));
        if (tail.Length > 0) sb.Append("_{").Append(Part(tail)).Append('}');
        return sb.ToString();
    }

    /// <summary>One part of a name: a Greek word or letter as a command, one ASCII letter or a number as itself,
    /// anything else upright.</summary>
    private static string Part(string part)
    {
        if (s_greekWords.Contains(part)) return "\\" + part;
        if (part.Length == 1 && s_greekLetters.TryGetValue(part[0], out var letter)) return "\\" + letter;
        if ((part.Length == 1 && char.IsAsciiLetter(part[0])) || part.All(char.IsAsciiDigit)) return part;
        var sb = new StringBuilder(@"\mathrm{");
        foreach (char c in part)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (c == '_') sb.Append(@"\_");
            else if (s_greekLetters.TryGetValue(c, out var greek)) sb.Append('\\').Append(greek).Append(' ');
            else sb.Append(@"\text{U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('}');
        }
        return sb.Append('}').ToString();
    }
}
