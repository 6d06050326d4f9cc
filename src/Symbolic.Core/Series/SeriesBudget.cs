using System.Diagnostics;

namespace Symbolic.Core.Series;

/// <summary>
/// A limit on the work of one expansion: a wall-clock time and a cancellation token, checked in the coefficient
/// arithmetic. Exact coefficients can grow without bound on legal input — e.g. α = 4^(−1/21) puts the 21st roots of 2
/// into every coefficient of a ResNet kernel — so an expansion past its budget stops with
/// <see cref="SeriesFailure.BudgetExceeded"/> instead of running for minutes.
/// </summary>
/// <param name="Time">The wall-clock limit (null: none).</param>
/// <param name="Cancellation">Stops the expansion when cancelled (e.g. Ctrl-C).</param>
public sealed record SeriesBudget(TimeSpan? Time, CancellationToken Cancellation = default)
{
    [ThreadStatic] private static (SeriesBudget Budget, long Deadline)? t_active;

    /// <summary>No limit.</summary>
    public static SeriesBudget Unlimited { get; } = new((TimeSpan?)null);

    /// <summary>Makes this budget the active one on the calling thread until the returned scope is disposed.</summary>
    internal Scope Enter()
    {
        var previous = t_active;
        long deadline = Time is { } time ? Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        t_active = (this, deadline);
        return new Scope(previous);
    }

    /// <summary>Throws <see cref="SeriesException"/> (<see cref="SeriesFailure.BudgetExceeded"/>) once the active budget is spent.</summary>
    internal static void Check()
    {
        if (t_active is not var (budget, deadline)) return;
        if (budget.Cancellation.IsCancellationRequested)
            throw new SeriesException(SeriesFailure.BudgetExceeded, "The expansion was cancelled.");
        if (Stopwatch.GetTimestamp() > deadline)
            throw new SeriesException(SeriesFailure.BudgetExceeded,
                $"The expansion exceeded its time budget of {budget.Time!.Value.TotalSeconds:0.###} s: its exact coefficients grow too large " +
                "(irrational parameters such as α = L^(−γ) with α² irrational multiply the terms); use a rational α² or raise the budget.");
    }

    /// <summary>Restores the previously active budget.</summary>
    internal readonly struct Scope((SeriesBudget, long)? previous) : IDisposable
    {
        public void Dispose() => t_active = previous;
    }
}
