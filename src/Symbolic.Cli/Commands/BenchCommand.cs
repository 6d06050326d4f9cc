using System.CommandLine;
using Symbolic.Cli.Bench;
using Symbolic.Cli.Files;
using Symbolic.Cli.Output;
using Symbolic.Kernels;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic bench [--quick] [--output bench/results.md]</c>: the end-to-end benchmark against peers measured in the
/// same run (<see cref="BenchSuite"/>), written as a Markdown table with the machine description; and
/// <c>symbolic bench eval --arch SPEC --kernel ntk --n 10000000 --threads 1 --format json</c>: the batch evaluation
/// alone, printing <c>{"ns_per_eval", "threads", …}</c>.
/// </summary>
public static class BenchCommand
{
    /// <summary>Builds the command with its <c>eval</c> subcommand.</summary>
    public static Command Create()
    {
        var quick = new Option<bool>("--quick") { Description = "Tiny sizes for a CI smoke run (seconds; SymPy and scipy skipped)." };
        var output = new Option<string>("--output", "-o") { Description = "The Markdown table.", DefaultValueFactory = _ => "bench/results.md" };
        var threads = new Option<int>("--threads") { Description = "Threads for the multi-threaded rows.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("bench", "End-to-end benchmark against numpy, a C reference, SymPy and scipy measured in the same run.")
        {
            quick, output, threads,
        };
        command.SetAction(r => Run(r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, r.GetValue(quick), r.GetValue(output)!, r.GetValue(threads)));
        command.Subcommands.Add(CreateEval());
        return command;
    }

    private static Command CreateEval()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var n = new Option<int>("--n") { Description = "Values of t, spread over [-1, 1].", DefaultValueFactory = _ => 10_000_000 };
        var threads = new Option<int>("--threads") { Description = "Threads.", DefaultValueFactory = _ => 1 };
        var reps = new Option<int>("--reps") { Description = "Repetitions (the median is reported).", DefaultValueFactory = _ => 5 };
        var format = CommonOptions.Format();
        var command = new Command("eval", "Time the vectorised batch evaluation of a kernel alone.") { arch, kernel, n, threads, reps, format };
        command.SetAction(r => RunEval(r.InvocationConfiguration.Output, r.GetValue(arch)!, r.GetValue(kernel)!, r.GetValue(n),
            r.GetValue(threads), r.GetValue(reps), CommonOptions.ParseFormat(r.GetValue(format))));
        return command;
    }

    private static int Run(TextWriter output, TextWriter error, bool quick, string path, int threads)
    {
        if (threads < 1) throw new UserError($"--threads: expected at least 1, got {threads}");
        var work = Directory.CreateTempSubdirectory("symbolic-bench");
        try
        {
            var rows = new BenchSuite(quick ? BenchSizes.Quick : BenchSizes.Full, new Peers(work.FullName), threads, error).Run();
            var markdown = BenchReport.Markdown(rows, quick, DateTime.UtcNow);
            AtomicFile.WriteText(path, markdown);
            output.Write(markdown);
            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static int RunEval(TextWriter output, string spec, string kernelWord, int n, int threads, int reps, OutputFormat format)
    {
        if (n is < 1 or > 200_000_000) throw new UserError($"--n: expected 1 to 200000000 values, got {n}");
        if (threads < 1) throw new UserError($"--threads: expected at least 1, got {threads}");
        if (reps is < 1 or > 1000) throw new UserError($"--reps: expected 1 to 1000, got {reps}");
        var kind = kernelWord == "nngp" ? KernelKind.Nngp : KernelKind.Ntk;
        var function = EvalBenchmark.Compile(spec, kind);
        var (ns, checksum) = EvalBenchmark.Measure(function, n, threads, reps);
        if (format != OutputFormat.Json)
        {
            output.WriteLine(FormattableString.Invariant($"{ns:0.00} ns per value ({n} values, {threads} thread(s), median of {reps}, {function.Width})"));
            return ExitCodes.Ok;
        }
        output.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            w.Number("ns_per_eval", ns);
            w.WriteNumber("threads", threads);
            w.WriteNumber("n", n);
            w.WriteNumber("repetitions", reps);
            w.WriteString("arch", spec);
            w.WriteString("kernel", kernelWord);
            w.WriteString("width", function.Width.ToString());
            w.Number("checksum", checksum);
            w.WriteEndObject();
        }));
        return ExitCodes.Ok;
    }
}
