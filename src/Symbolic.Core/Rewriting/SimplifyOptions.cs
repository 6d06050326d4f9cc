using Symbolic.Core.Rewriting.Rules;

namespace Symbolic.Core.Rewriting;

/// <summary>Options of <see cref="Simplifier.Simplify"/>. Every option is explicit: there are no global settings.</summary>
public sealed record SimplifyOptions
{
    /// <summary>The defaults: no assumptions, <see cref="RewriteBudget.Default"/>, no trace, bounded expansion on.</summary>
    public static SimplifyOptions Default { get; } = new();

    /// <summary>Domain facts conditional rules may use (default: none, so only structural facts).</summary>
    public Assumptions Assumptions { get; init; } = Assumptions.None;

    /// <summary>Iteration, node and time limits.</summary>
    public RewriteBudget Budget { get; init; } = RewriteBudget.Default;

    /// <summary>Whether to record the applied rules in <see cref="SimplifyResult.Trace"/>.</summary>
    public bool RecordTrace { get; init; }

    /// <summary>Whether to distribute products over sums and multiply out small powers of sums.</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Most terms one expansion may produce; larger ones are left factored.</summary>
    public int ExpandMaxTerms { get; init; } = ExpandRules.DefaultMaxTerms;

    /// <summary>Largest n for which (a + b + …)ⁿ is multiplied out.</summary>
    public int ExpandMaxPower { get; init; } = ExpandRules.DefaultMaxPower;
}
