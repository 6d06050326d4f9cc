namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// Mean, standard deviation and standard error of s independent values: x̄ = Σxᵢ/s, sd = √(Σ(xᵢ − x̄)²/(s − 1)),
/// se = sd/√s. Two passes in index order, so the result is deterministic and free of the cancellation of Σx² − s·x̄².
/// Non-finite values are left out and counted in <see cref="Excluded"/>: a per-network normalised kernel is 0/0 when
/// every unit of a narrow ReLU layer is dead for one input (probability 2^(−m) per input).
/// </summary>
/// <param name="Count">s, the finite values summarised.</param>
/// <param name="Mean">x̄.</param>
/// <param name="StdDev">The sample standard deviation (NaN for s &lt; 2).</param>
/// <param name="StdErr">sd/√s, the standard error of x̄.</param>
/// <param name="Excluded">Values left out because they were not finite.</param>
public readonly record struct SampleSummary(int Count, double Mean, double StdDev, double StdErr, int Excluded)
{
    /// <summary>The summary of the finite values among <paramref name="values"/>.</summary>
    public static SampleSummary Of(ReadOnlySpan<double> values)
    {
        int s = 0;
        double sum = 0;
        foreach (var v in values)
            if (double.IsFinite(v)) (s, sum) = (s + 1, sum + v);
        if (s == 0) return new(0, double.NaN, double.NaN, double.NaN, values.Length);
        double mean = sum / s, squares = 0;
        foreach (var v in values)
            if (double.IsFinite(v)) squares += (v - mean) * (v - mean);
        double sd = s < 2 ? double.NaN : Math.Sqrt(squares / (s - 1));
        return new(s, mean, sd, sd / Math.Sqrt(s), values.Length - s);
    }

    /// <summary>The root-mean-square deviation of the finite <paramref name="values"/> from <paramref name="reference"/>,
    /// √(Σ(xᵢ − r)²/s): the typical error of one network's estimate.</summary>
    public static double RmsDeviation(ReadOnlySpan<double> values, double reference)
    {
        double squares = 0;
        int s = 0;
        foreach (var v in values)
            if (double.IsFinite(v)) (s, squares) = (s + 1, squares + (v - reference) * (v - reference));
        return s == 0 ? double.NaN : Math.Sqrt(squares / s);
    }
}
