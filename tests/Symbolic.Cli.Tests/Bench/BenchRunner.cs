using System.CommandLine;
using Symbolic.Cli.Commands;

namespace Symbolic.Cli.Tests.Bench;

/// <summary>Runs the gram and bench commands in-process with captured streams, under a root command of their own
/// (the same error handling as <see cref="CliApp.Run"/>: user errors exit 2 with one line).</summary>
internal static class BenchRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var root = new RootCommand("test") { GramCommand.Create(), BenchCommand.Create() };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0) return (ExitCodes.UserError, "", string.Join("\n", parsed.Errors.Select(e => e.Message)));
        try
        {
            int exit = parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            return (exit, stdout.ToString(), stderr.ToString());
        }
        catch (UserError e)
        {
            return (ExitCodes.UserError, stdout.ToString(), "error: " + e.Message);
        }
    }
}
