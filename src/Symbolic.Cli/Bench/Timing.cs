using System.Diagnostics;

namespace Symbolic.Cli.Bench;

/// <summary>Wall-clock timing: the median of several repetitions after one warm-up run.</summary>
public static class Timing
{
    /// <summary>Median seconds of <paramref name="repetitions"/> runs of <paramref name="action"/> (after a warm-up).</summary>
    public static double MedianSeconds(Action action, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        action();
        var times = new double[repetitions];
        for (int i = 0; i < repetitions; i++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
        Array.Sort(times);
        return times[repetitions / 2];
    }

    /// <summary>Seconds of one run of <paramref name="action"/> (no warm-up: for cold-start costs such as build + compile).</summary>
    public static double OnceSeconds(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Points spread evenly over [−1, 1]: tᵢ = −1 + 2(i + ½)/n.</summary>
    public static double[] Cosines(int n)
    {
        var t = new double[n];
        for (int i = 0; i < n; i++) t[i] = -1 + 2 * (i + 0.5) / n;
        return t;
    }
}
