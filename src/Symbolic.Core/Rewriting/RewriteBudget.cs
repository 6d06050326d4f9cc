namespace Symbolic.Core.Rewriting;

/// <summary>
/// Limits of a bounded rewrite (egg's iteration, node and time limits). Whatever limit is hit, the expression
/// returned is still equal in value to the input: it is only less simplified.
/// </summary>
/// <param name="MaxIterations">Most passes of the rewriter; a pass that changes nothing ends the run as saturated.</param>
/// <param name="MaxNodes">Most unique nodes a run may visit or create (bounds expansion blow-up).</param>
/// <param name="MaxTime">Wall-clock limit of the whole run.</param>
public sealed record RewriteBudget(int MaxIterations, int MaxNodes, TimeSpan MaxTime)
{
    /// <summary>16 iterations, 2,000,000 nodes, 30 seconds: generous for kernel DAGs of depth 10⁴.</summary>
    public static RewriteBudget Default { get; } = new(16, 2_000_000, TimeSpan.FromSeconds(30));

    /// <summary>Throws when a limit is negative (a programmer error).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxIterations);
        ArgumentOutOfRangeException.ThrowIfNegative(MaxNodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTime, TimeSpan.Zero);
    }
}
