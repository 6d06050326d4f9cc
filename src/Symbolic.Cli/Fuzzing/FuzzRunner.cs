using System.Diagnostics;

namespace Symbolic.Cli.Fuzzing;

/// <summary>
/// Runs fuzz cases through the real command line in-process (<see cref="CliApp.Run"/> with captured streams), each in a
/// fresh temporary folder, and classifies the ending: a result, a clean rejection (exit 2, an <c>error:</c> line, no stack
/// trace), or a failure — exit 3, an escaped exception, a broken error contract, or more time than the budget.
/// </summary>
public static class FuzzRunner
{
    /// <summary>Runs one case with a wall-clock <paramref name="budget"/>.</summary>
    /// <returns>The outcome, the elapsed time, and the first stderr line (or the escaped exception).</returns>
    public static (FuzzOutcome Outcome, TimeSpan Elapsed, string Detail) Run(FuzzCase fuzzCase, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(fuzzCase);
        var folder = Directory.CreateTempSubdirectory("symbolic-fuzz-").FullName;
        try
        {
            foreach (var (name, content) in fuzzCase.Files) File.WriteAllBytes(Path.Combine(folder, name), content);
            var args = fuzzCase.Args.Select(a => a.Replace(FuzzCase.FolderToken, folder, StringComparison.Ordinal)).ToArray();
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var clock = Stopwatch.StartNew();
            var interruption = new Interruption();
            var run = Task.Run(() => CliApp.Run(args, stdout, stderr, interruption));
            int exit;
            try
            {
                if (!run.Wait(HardLimit(budget)))
                {
                    interruption.Cancel(); // cooperative: long commands stop at their next check
                    return (FuzzOutcome.TooSlow, clock.Elapsed, $"still running after {HardLimit(budget).TotalSeconds:F0} s (abandoned)");
                }
                exit = run.Result;
            }
            catch (AggregateException e) when (e.InnerException is { } inner and not OutOfMemoryException)
            {
                return (FuzzOutcome.Broken, clock.Elapsed, $"escaped {inner.GetType().Name}: {inner.Message}");
            }
            var elapsed = clock.Elapsed;
            var error = stderr.ToString();
            var firstLine = error.Split('\n', 2)[0].TrimEnd('\r');
            var outcome = Classify(exit, error);
            if (outcome is FuzzOutcome.Result or FuzzOutcome.Rejected && elapsed > budget) outcome = FuzzOutcome.TooSlow;
            return (outcome, elapsed, firstLine);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a timed-out case: the OS temp cleaner takes it.
            }
        }
    }

    /// <summary>How long a case may run before it is abandoned as hanging: 4× the budget.</summary>
    public static TimeSpan HardLimit(TimeSpan budget) => budget * 4;

    /// <summary>Result for exit 0/1; Rejected for exit 2 with an <c>error:</c> line and no stack frame; otherwise a failure.</summary>
    public static FuzzOutcome Classify(int exit, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        bool stackTrace = stderr.Contains("   at ", StringComparison.Ordinal) || stderr.Contains("--- End of", StringComparison.Ordinal);
        return exit switch
        {
            _ when stackTrace => FuzzOutcome.Broken,
            ExitCodes.Ok or ExitCodes.CheckFailed => FuzzOutcome.Result,
            ExitCodes.UserError when stderr.StartsWith("error:", StringComparison.Ordinal) => FuzzOutcome.Rejected,
            ExitCodes.InternalError => FuzzOutcome.InternalError,
            _ => FuzzOutcome.Broken,
        };
    }
}
