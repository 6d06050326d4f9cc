namespace Symbolic.Cli;

/// <summary>An error in what the user asked for (bad value, bad file). Printed as one line; exit code 2.</summary>
/// <param name="message">Names the bad value and the accepted range.</param>
public sealed class UserError(string message) : Exception(message);
