using System.Diagnostics;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// The state of one rewrite run, passed explicitly (no global state): the assumptions, the budget and its clock,
/// the optional trace, and per-rewriter memo tables so repeated passes over a DAG only revisit new nodes.
/// Not thread-safe; create one per run.
/// </summary>
public sealed class RewriteContext
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<Rewriter, Dictionary<Expr, Expr>> _memos = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a context for one run.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget limit is negative.</exception>
    public RewriteContext(Assumptions? assumptions = null, RewriteBudget? budget = null, RewriteTrace? trace = null)
    {
        Assumptions = assumptions ?? Assumptions.None;
        Budget = budget ?? RewriteBudget.Default;
        Budget.Validate();
        Trace = trace;
    }

    /// <summary>The domain facts rules may rely on.</summary>
    public Assumptions Assumptions { get; }

    /// <summary>The limits of this run.</summary>
    public RewriteBudget Budget { get; }

    /// <summary>Where applied rules are recorded, or null.</summary>
    public RewriteTrace? Trace { get; }

    /// <summary>The limit that stopped the run, or null while it may continue.</summary>
    public StopReason? Stopped { get; private set; }

    /// <summary>Time since the context was created.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Marks the run as stopped by <paramref name="reason"/> (the first reason wins).</summary>
    public void Stop(StopReason reason) => Stopped ??= reason;

    /// <summary>Stops the run with <see cref="StopReason.TimeLimit"/> when the time budget is spent; returns whether
    /// the run is stopped for any reason.</summary>
    public bool CheckTime()
    {
        if (Stopped is null && _clock.Elapsed >= Budget.MaxTime) Stop(StopReason.TimeLimit);
        return Stopped is not null;
    }

    /// <summary>Stops the run with <see cref="StopReason.NodeLimit"/> when <paramref name="nodes"/> exceeds the node
    /// budget; returns whether the run is stopped for any reason.</summary>
    public bool CheckNodes(int nodes)
    {
        if (Stopped is null && nodes > Budget.MaxNodes) Stop(StopReason.NodeLimit);
        return Stopped is not null;
    }

    /// <summary>The memo table of <paramref name="owner"/> for this run (node → rewritten node).</summary>
    public Dictionary<Expr, Expr> MemoFor(Rewriter owner)
    {
        if (!_memos.TryGetValue(owner, out var memo)) _memos[owner] = memo = new(ExprReferenceComparer.Instance);
        return memo;
    }
}
