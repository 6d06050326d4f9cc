namespace Symbolic.Cli;

/// <summary>Process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A result was produced but a check it reports failed (e.g. a derivation claim).</summary>
    public const int CheckFailed = 1;

    /// <summary>Bad input: unknown option, malformed value, out-of-range number, unreadable file.</summary>
    public const int UserError = 2;

    /// <summary>A bug: an unexpected exception. The message asks for a report.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, the shell's convention); what finished was printed.</summary>
    public const int Interrupted = 130;
}
