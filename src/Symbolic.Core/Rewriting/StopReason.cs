namespace Symbolic.Core.Rewriting;

/// <summary>Why a bounded rewrite stopped (egg's stop reasons).</summary>
public enum StopReason
{
    /// <summary>No rule applies anywhere any more: the result is a normal form of the rule set.</summary>
    Saturated,
    /// <summary><see cref="RewriteBudget.MaxIterations"/> passes ran and the last one still changed the expression.</summary>
    IterationLimit,
    /// <summary>More than <see cref="RewriteBudget.MaxNodes"/> unique nodes were visited or created.</summary>
    NodeLimit,
    /// <summary><see cref="RewriteBudget.MaxTime"/> elapsed.</summary>
    TimeLimit,
}
