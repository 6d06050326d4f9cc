using System.Globalization;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// The exact finite-width law of the readout part q = ‖features‖²/width at one unit input (conv-dense.md §3.4, items
/// 1–3), as the relative variance Var[q]/E[q]² = E[q²]/E[q]² − 1 at width n and depth L:
/// MLP (1 + 2/n)(1 + 5/n)^L − 1; ResNet (1 + 2/n)∏ₗ[1 + ((4αₗ² + 7αₗ⁴)/n + 10αₗ⁴/n²)/(1 + αₗ²)²] − 1 with
/// αₗ = α (<c>resnet(alpha=a)</c>) or L^(−γ) (<c>resnet(gamma=g)</c>); DenseNet (1 + 2/n)∏ₗ₌₁ᴸ(1 + 5/(n(l + 1)²)) − 1.
/// </summary>
/// <param name="Text">The law as written in the derivation file: <c>mlp</c>, <c>densenet</c>, <c>resnet(alpha=a)</c>
/// or <c>resnet(gamma=g)</c> (a, g numbers or fractions p/q).</param>
/// <param name="Family">mlp, resnet or densenet.</param>
/// <param name="Alpha">α for <c>resnet(alpha=a)</c>, else NaN.</param>
/// <param name="Gamma">γ for <c>resnet(gamma=g)</c>, else NaN.</param>
public sealed record ReadoutLaw(string Text, string Family, double Alpha, double Gamma)
{
    /// <summary>Parses a law, or returns null when the text is not one of the four forms.</summary>
    public static ReadoutLaw? Parse(string text)
    {
        var s = text.Replace(" ", "", StringComparison.Ordinal);
        if (s is "mlp" or "densenet") return new ReadoutLaw(text, s, double.NaN, double.NaN);
        foreach (var (prefix, isAlpha) in new[] { ("resnet(alpha=", true), ("resnet(gamma=", false) })
        {
            if (!s.StartsWith(prefix, StringComparison.Ordinal) || !s.EndsWith(')')) continue;
            if (Number(s[prefix.Length..^1]) is not double v || v < 0) return null;
            return new ReadoutLaw(text, "resnet", isAlpha ? v : double.NaN, isAlpha ? double.NaN : v);
        }
        return null;
    }

    /// <summary>Var[q]/E[q]² at width <paramref name="n"/> and depth <paramref name="depth"/> (§3.4).</summary>
    public double RelativeVariance(int n, int depth)
    {
        double m = n, ratio = 1 + 2 / m;
        for (var l = 1; l <= depth; l++)
        {
            ratio *= Family switch
            {
                "mlp" => 1 + 5 / m,
                "densenet" => 1 + 5 / (m * (l + 1) * (l + 1)),
                _ => ResNetFactor(double.IsNaN(Alpha) ? Math.Pow(depth, -Gamma) : Alpha, m),
            };
        }
        return ratio - 1;
    }

    private static double ResNetFactor(double alpha, double n)
    {
        double a2 = alpha * alpha, a4 = a2 * a2;
        return 1 + ((4 * a2 + 7 * a4) / n + 10 * a4 / (n * n)) / ((1 + a2) * (1 + a2));
    }

    private static double? Number(string text)
    {
        var parts = text.Split('/');
        if (parts.Length > 2) return null;
        if (!double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var p)) return null;
        if (parts.Length == 1) return p;
        return double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var q) && q != 0 ? p / q : null;
    }
}
