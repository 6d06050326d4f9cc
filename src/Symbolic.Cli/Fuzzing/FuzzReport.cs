namespace Symbolic.Cli.Fuzzing;

/// <summary>Counts of outcomes per target, the slowest case, and the first failures (to reproduce by case number).</summary>
public sealed class FuzzReport
{
    private readonly Dictionary<(FuzzTarget, FuzzOutcome), int> _counts = [];
    private readonly List<string> _failures = [];

    /// <summary>The failures kept for printing.</summary>
    public const int MaxFailuresKept = 20;

    /// <summary>The seed of the run.</summary>
    public required int Seed { get; init; }

    /// <summary>Cases per target.</summary>
    public required int CasesPerTarget { get; init; }

    /// <summary>The slowest case and its time.</summary>
    public (TimeSpan Elapsed, string Case) Slowest { get; private set; }

    /// <summary>The first failures: "target #index: outcome — detail — input".</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>How many cases of <paramref name="target"/> ended with <paramref name="outcome"/>.</summary>
    public int Count(FuzzTarget target, FuzzOutcome outcome) => _counts.GetValueOrDefault((target, outcome));

    /// <summary>How many cases ended with <paramref name="outcome"/>.</summary>
    public int Count(FuzzOutcome outcome) => _counts.Where(kv => kv.Key.Item2 == outcome).Sum(kv => kv.Value);

    /// <summary>Failed cases (internal error, broken contract, too slow).</summary>
    public int FailureCount => Count(FuzzOutcome.InternalError) + Count(FuzzOutcome.Broken) + Count(FuzzOutcome.TooSlow);

    /// <summary>All cases run.</summary>
    public int Total => _counts.Values.Sum();

    /// <summary>Records one case.</summary>
    public void Add(FuzzTarget target, int index, FuzzCase fuzzCase, FuzzOutcome outcome, TimeSpan elapsed, string detail)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        _counts[(target, outcome)] = Count(target, outcome) + 1;
        if (elapsed > Slowest.Elapsed) Slowest = (elapsed, $"{Name(target)} #{index}: {fuzzCase.Description}");
        if (outcome is FuzzOutcome.InternalError or FuzzOutcome.Broken or FuzzOutcome.TooSlow && _failures.Count < MaxFailuresKept)
            _failures.Add($"{Name(target)} #{index}: {outcome} after {elapsed.TotalSeconds:F2} s — {detail} — input: {fuzzCase.Description}");
    }

    /// <summary>The command-line name of a target.</summary>
    public static string Name(FuzzTarget target) => target switch
    {
        FuzzTarget.Expression => "expr",
        FuzzTarget.Architecture => "arch",
        FuzzTarget.Number => "number",
        FuzzTarget.Derivation => "derivation",
        FuzzTarget.Csv => "csv",
        FuzzTarget.Npy => "npy",
        _ => target.ToString(),
    };
}
