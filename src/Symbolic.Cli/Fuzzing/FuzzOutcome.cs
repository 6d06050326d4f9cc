namespace Symbolic.Cli.Fuzzing;

/// <summary>How one fuzz case ended.</summary>
public enum FuzzOutcome
{
    /// <summary>A result (exit 0, or 1 for a reported failed check).</summary>
    Result,

    /// <summary>A clear rejection: exit 2 with an <c>error:</c> line and no stack trace. The wanted outcome for junk.</summary>
    Rejected,

    /// <summary>Exit 3: an unexpected exception inside a command (a bug).</summary>
    InternalError,

    /// <summary>An exception escaped the command line, or the exit code or error text broke the contract (a bug).</summary>
    Broken,

    /// <summary>The case took longer than the time budget.</summary>
    TooSlow,
}
