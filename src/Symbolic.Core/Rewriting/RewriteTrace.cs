using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// The rule applications of a rewrite, in order, so derivations can show their steps. Each shared node is
/// rewritten once (rewriting is memoized over the DAG), so it appears once. Keeps at most <see cref="Capacity"/>
/// steps and counts the rest in <see cref="Dropped"/>.
/// </summary>
public sealed class RewriteTrace
{
    private readonly List<RewriteStep> _steps = [];

    /// <summary>Creates an empty trace that keeps up to <paramref name="capacity"/> steps.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public RewriteTrace(int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>Most steps kept.</summary>
    public int Capacity { get; }

    /// <summary>The recorded steps, oldest first.</summary>
    public IReadOnlyList<RewriteStep> Steps => _steps;

    /// <summary>Steps not kept because the trace was full.</summary>
    public int Dropped { get; private set; }

    /// <summary>Names of the rules that fired, in order of first use.</summary>
    public IEnumerable<string> RulesUsed => _steps.Select(s => s.Rule).Distinct(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="rule"/> rewrote <paramref name="before"/> into <paramref name="after"/>.</summary>
    public void Add(string rule, Expr before, Expr after)
    {
        if (_steps.Count < Capacity) _steps.Add(new RewriteStep(rule, before, after));
        else Dropped++;
    }
}
