namespace Symbolic.Text.Printing;

/// <summary>Options every printer shares: when to name subexpressions instead of writing them inline.</summary>
public abstract record PrintOptions
{
    /// <summary>Smallest value of <see cref="MaxInlineDepth"/> honoured.</summary>
    public const int MinInlineDepth = 2;

    /// <summary>Largest value of <see cref="MaxInlineDepth"/> honoured: keeps printed nesting far below
    /// <see cref="ExprParser.MaxNestingDepth"/> and the printers' recursion shallow.</summary>
    public const int MaxInlineDepthLimit = 40;

    /// <summary>
    /// A subexpression used more than once is given a name (Σ₁, Σ₂, … / S1, S2, …) when its inline size, counting
    /// nodes and treating already-named parts as one, is at least this. Values below 2 act as 2 (leaves are never
    /// named); <see cref="int.MaxValue"/> turns sharing off (depth naming still applies).
    /// </summary>
    public int ShareThreshold { get; init; } = 8;

    /// <summary>
    /// Deepest expression nesting written inline; deeper parts are named so that output of a depth-10⁴ DAG stays
    /// shallow and parseable. Clamped to [<see cref="MinInlineDepth"/>, <see cref="MaxInlineDepthLimit"/>].
    /// </summary>
    public int MaxInlineDepth { get; init; } = 12;

    /// <summary><see cref="ShareThreshold"/> as applied (at least 2).</summary>
    internal int EffectiveShareThreshold => Math.Max(2, ShareThreshold);

    /// <summary><see cref="MaxInlineDepth"/> as applied (clamped).</summary>
    internal int EffectiveInlineDepth => Math.Clamp(MaxInlineDepth, MinInlineDepth, MaxInlineDepthLimit);
}
