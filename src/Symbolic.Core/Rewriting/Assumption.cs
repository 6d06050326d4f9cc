namespace Symbolic.Core.Rewriting;

/// <summary>The kind of fact a conditional <see cref="Rule"/> needs about its operand before it may fire.
/// The fact is established from structure (numbers, squares, exp, √, …) or from the caller's <see cref="Assumptions"/>.</summary>
public enum Assumption
{
    /// <summary>The operand is ≥ 0 wherever it is defined.</summary>
    Nonnegative,
    /// <summary>The operand is &gt; 0 wherever it is defined.</summary>
    Positive,
    /// <summary>The operand lies in [−1, 1] (the domain of acos and asin).</summary>
    UnitInterval,
}
