namespace Symbolic.Text.Printing;

/// <summary>Options of <see cref="TextPrinter"/>.</summary>
public sealed record TextOptions : PrintOptions
{
    /// <summary>The defaults: share subexpressions of 8+ nodes, inline depth 12, names S1, S2, ….</summary>
    public static TextOptions Default { get; } = new();

    /// <summary>
    /// Stem of the names of shared subexpressions, followed by 1, 2, …; must be an identifier (letters, digits,
    /// <c>_</c>, not starting with a digit). If a symbol of the expression already looks like stem + digits, the
    /// printer appends <c>_</c> to the stem until no name can collide.
    /// </summary>
    public string NamePrefix { get; init; } = "S";
}
