namespace Symbolic.Cli.Output;

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    /// <summary>Human-readable plain text.</summary>
    Text,
    /// <summary>LaTeX (amsmath), ready to paste into a document.</summary>
    Latex,
    /// <summary>One JSON object on stdout.</summary>
    Json,
}
