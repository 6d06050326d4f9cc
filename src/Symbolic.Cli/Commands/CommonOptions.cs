using System.CommandLine;
using Symbolic.Cli.Output;

namespace Symbolic.Cli.Commands;

/// <summary>Options shared by several commands, with their accepted values spelled out.</summary>
public static class CommonOptions
{
    /// <summary><c>--format text|latex|json</c>.</summary>
    public static Option<string> Format()
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: text, latex or json.",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "latex", "json");
        return option;
    }

    /// <summary>Maps the accepted <c>--format</c> word to <see cref="OutputFormat"/>.</summary>
    public static OutputFormat ParseFormat(string? value) => value switch
    {
        "latex" => OutputFormat.Latex,
        "json" => OutputFormat.Json,
        _ => OutputFormat.Text,
    };
}
