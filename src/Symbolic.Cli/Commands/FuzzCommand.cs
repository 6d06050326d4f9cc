using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Fuzzing;
using Symbolic.Cli.Output;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic fuzz [--cases N] [--seed S] [--target all|expr|arch|number|derivation|csv|npy] [--budget SECONDS]</c>:
/// runs N generated hostile inputs per target through the real command line and prints the counts of results, clean
/// rejections and failures (exit 3, escaped exceptions, broken error contract, over budget). Exit code 1 when any case
/// failed. Case i of a seed is reproducible: the failures list their numbers.
/// </summary>
public static class FuzzCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var cases = new Option<int>("--cases", "-n") { Description = "Cases per target (1 to 10000000).", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "The run's seed; case i of a seed is always the same input.", DefaultValueFactory = _ => 1 };
        var target = new Option<string>("--target", "-t") { Description = "Which input to attack.", DefaultValueFactory = _ => "all" };
        target.AcceptOnlyFromAmong("all", "expr", "arch", "number", "derivation", "csv", "npy");
        var budget = new Option<double>("--budget") { Description = "Seconds a case may take (0.01 to 3600); slower cases count as failures.", DefaultValueFactory = _ => 5 };
        var format = CommonOptions.Format();
        var command = new Command("fuzz", "Attack every text input with generated hostile cases; count results, clean rejections and failures.")
        {
            cases, seed, target, budget, format,
        };
        command.SetAction(r => Run(r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, r.GetValue(cases), r.GetValue(seed),
            r.GetValue(target)!, r.GetValue(budget), CommonOptions.ParseFormat(r.GetValue(format))));
        return command;
    }

    /// <summary>Runs the fuzz campaign; returns the exit code.</summary>
    public static int Run(TextWriter output, TextWriter error, int cases, int seed, string target, double budgetSeconds, OutputFormat format)
    {
        if (cases is < 1 or > 10_000_000) throw new UserError($"--cases: expected 1 to 10000000, got {cases}");
        if (!(budgetSeconds is >= 0.01 and <= 3600)) throw new UserError($"--budget: expected 0.01 to 3600 seconds, got {budgetSeconds.ToString(CultureInfo.InvariantCulture)}");
        var targets = target == "all" ? Enum.GetValues<FuzzTarget>() : [Enum.GetValues<FuzzTarget>().Single(t => FuzzReport.Name(t) == target)];
        var budget = TimeSpan.FromSeconds(budgetSeconds);
        var report = new FuzzReport { Seed = seed, CasesPerTarget = cases };
        foreach (var t in targets)
        {
            for (int i = 0; i < cases; i++)
            {
                Interruption.ThrowIfInterrupted();
                var fuzzCase = FuzzCorpus.Case(t, seed, i);
                var (outcome, elapsed, detail) = FuzzRunner.Run(fuzzCase, budget);
                report.Add(t, i, fuzzCase, outcome, elapsed, detail);
            }
            Interruption.Finished($"{FuzzReport.Name(t)}: {cases} cases");
            error.WriteLine($"fuzz: {FuzzReport.Name(t)} done ({cases} cases)");
        }
        if (format == OutputFormat.Json) WriteJson(output, report, targets);
        else WriteText(output, report, targets);
        return report.FailureCount == 0 ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    private static void WriteText(TextWriter output, FuzzReport report, IReadOnlyList<FuzzTarget> targets)
    {
        output.WriteLine($"fuzz: seed {report.Seed}, {report.CasesPerTarget} cases per target, {report.Total} in all");
        output.WriteLine($"{"target",-11}{"results",9}{"rejected",10}{"internal",10}{"broken",8}{"slow",6}");
        foreach (var t in targets)
            output.WriteLine($"{FuzzReport.Name(t),-11}{report.Count(t, FuzzOutcome.Result),9}{report.Count(t, FuzzOutcome.Rejected),10}" +
                             $"{report.Count(t, FuzzOutcome.InternalError),10}{report.Count(t, FuzzOutcome.Broken),8}{report.Count(t, FuzzOutcome.TooSlow),6}");
        output.WriteLine($"slowest: {report.Slowest.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)} s ({report.Slowest.Case})");
        foreach (var failure in report.Failures) output.WriteLine($"FAIL {failure}");
        output.WriteLine($"{report.FailureCount} failed of {report.Total}");
    }

    private static void WriteJson(TextWriter output, FuzzReport report, IReadOnlyList<FuzzTarget> targets) => output.Write(Json.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("seed", report.Seed);
        w.WriteNumber("cases_per_target", report.CasesPerTarget);
        w.WriteNumber("total", report.Total);
        w.WriteNumber("failed", report.FailureCount);
        w.WriteStartObject("targets");
        foreach (var t in targets)
        {
            w.WriteStartObject(FuzzReport.Name(t));
            w.WriteNumber("results", report.Count(t, FuzzOutcome.Result));
            w.WriteNumber("rejected", report.Count(t, FuzzOutcome.Rejected));
            w.WriteNumber("internal_errors", report.Count(t, FuzzOutcome.InternalError));
            w.WriteNumber("broken", report.Count(t, FuzzOutcome.Broken));
            w.WriteNumber("too_slow", report.Count(t, FuzzOutcome.TooSlow));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteNumber("slowest_seconds", report.Slowest.Elapsed.TotalSeconds);
        w.WriteString("slowest_case", report.Slowest.Case);
        w.WriteStartArray("failures");
        foreach (var failure in report.Failures) w.WriteStringValue(failure);
        w.WriteEndArray();
        w.WriteEndObject();
    }));
}
