namespace Symbolic.Text.Printing;

/// <summary>Options of <see cref="LatexPrinter"/>.</summary>
public sealed record LatexOptions : PrintOptions
{
    /// <summary>The defaults: share subexpressions of 8+ nodes, inline depth 12, names Σ₁, Σ₂, ….</summary>
    public static LatexOptions Default { get; } = new();

    /// <summary>LaTeX for the stem of shared names; the k-th is written <c>{NamePrefix}_{k}</c>, e.g. <c>\Sigma_{1}</c>.</summary>
    public string NamePrefix { get; init; } = @"\Sigma";
}
