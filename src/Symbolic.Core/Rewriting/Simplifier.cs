using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting.Rules;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// The default simplification pipeline: exact values, abs/sign facts, parity, inverse trigonometry, exp/log,
/// radicals and bounded expansion, applied bottom-up over the DAG to a fixpoint within a budget. Every rule in it
/// preserves the value wherever the input is defined; rules that need a domain fact fire only when the fact follows
/// from structure or from <see cref="SimplifyOptions.Assumptions"/>.
/// </summary>
/// <remarks>
/// With κ₀(t) = 1 − acos(t)/π and κ₁(t) = (t(π − acos t) + √(1 − t²))/π (fc-resnet.md §1.1), the derivative
/// dκ₁/dt = π⁻¹·(π − acos t) simplifies, by expansion, to the very same node as κ₀.
/// </remarks>
public static class Simplifier
{
    private static readonly Rewriter s_default = Build(PipelineRules(SimplifyOptions.Default));

    /// <summary>The rules of the default pipeline, in the order they are tried at each node.</summary>
    public static ImmutableArray<Rule> DefaultRules { get; } = PipelineRules(SimplifyOptions.Default);

    /// <summary>The rules the pipeline uses under <paramref name="options"/>.</summary>
    public static ImmutableArray<Rule> PipelineRules(SimplifyOptions options) =>
    [
        .. ExactValueRules.All,
        .. AbsSignRules.All,
        .. ParityRules.All,
        .. InverseTrigRules.All,
        .. ExpLogRules.All,
        .. RadicalRules.All,
        .. options.Expand ? ExpandRules.Create(options.ExpandMaxTerms, options.ExpandMaxPower) : [],
    ];

    /// <summary>Simplifies <paramref name="e"/> with the default pipeline (or the one <paramref name="options"/> selects).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget or expansion limit in <paramref name="options"/> is invalid.</exception>
    public static SimplifyResult Simplify(Expr e, SimplifyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        options ??= SimplifyOptions.Default;
        bool defaultRules = options.Expand && options.ExpandMaxTerms == ExpandRules.DefaultMaxTerms
                            && options.ExpandMaxPower == ExpandRules.DefaultMaxPower;
        var rewriter = defaultRules ? s_default : Build(PipelineRules(options));
        var trace = options.RecordTrace ? new RewriteTrace() : null;
        var result = Rewriters.Fixpoint(e, rewriter, options.Budget, options.Assumptions, trace);
        return new SimplifyResult(result.Result, result.Stop, trace);
    }

    private static Rewriter Build(ImmutableArray<Rule> rules) => Rewriters.BottomUp(Rewriters.Chain(rules));
}
