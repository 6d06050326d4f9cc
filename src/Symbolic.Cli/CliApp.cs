using System.CommandLine;
using Symbolic.Cli.Commands;

namespace Symbolic.Cli;

/// <summary>
/// The <c>symbolic</c> command line. Parse errors and <see cref="UserError"/>s print one line on stderr and exit
/// with <see cref="ExitCodes.UserError"/> (2); unexpected exceptions exit with <see cref="ExitCodes.InternalError"/>
/// and a short message, never a stack trace.
/// </summary>
public static class CliApp
{
    /// <summary>The built-in default the README's first command runs: derive the ResNTK of a small ResNet.</summary>
    public const string DefaultArchitecture = "resnet(blocks=3, alpha=0.5)";

    /// <summary>Runs the command line <paramref name="args"/>, writing to the given streams; returns the exit code.
    /// <paramref name="interruption"/> (default: none) cancels long commands; they then print what finished.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Interruption? interruption = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        interruption ??= new Interruption();
        interruption.Enter();
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {Cap(OneLine(error.Message))}");
            stderr.WriteLine("Run 'symbolic --help' for usage.");
            return ExitCodes.UserError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UserError e)
        {
            stderr.WriteLine($"error: {Cap(OneLine(e.Message))}");
            return ExitCodes.UserError;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            var finished = interruption.FinishedWork;
            stderr.WriteLine(finished.Count == 0
                ? "interrupted: nothing had finished; no output file was written or changed"
                : $"interrupted: finished before the interruption: {string.Join("; ", finished)}; unfinished output files were not written");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {Cap(OneLine(e.Message))} (please report this with the command line)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Longest error line printed: messages that echo user input (a 10⁶-character token) are cut.</summary>
    public const int MaxErrorLength = 1000;

    private static string Cap(string message) => message.Length <= MaxErrorLength
        ? message
        : $"{message[..(MaxErrorLength - 60)]}… (message of {message.Length} characters cut)";

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Symbolic: derive infinite-width NNGP and NTK kernels symbolically, then check them numerically.\n" +
            $"Without a command, derives the kernels of the built-in default architecture {DefaultArchitecture}.");
        foreach (var command in new[] { ExprCommand.Create(), DeriveCommand.Create(), EvalCommand.Create(), ExpandCommand.Create(), SpectrumCommand.Create(),
            GramCommand.Create(), ConditionCommand.Create(), BenchCommand.Create(), McCommand.Create(), RunCommand.Create(), FuzzCommand.Create() })
            root.Subcommands.Add(command);
        root.SetAction(result => DeriveCommand.Run(result.InvocationConfiguration.Output, DefaultArchitecture, "both",
            normalize: false, full: false, Output.OutputFormat.Text));
        return root;
    }
}
