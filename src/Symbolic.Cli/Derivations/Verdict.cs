namespace Symbolic.Cli.Derivations;

/// <summary>The outcome of one claim, as written to <c>verdicts.json</c>.</summary>
/// <param name="Claim">The claim's statement.</param>
/// <param name="MeasuredExpression">The measured expression as written.</param>
/// <param name="ExpectedExpression">The expected expression as written.</param>
/// <param name="Measured">Its value.</param>
/// <param name="Expected">The expected value.</param>
/// <param name="Mode">The comparison (abs, rel, below, above).</param>
/// <param name="Tolerance">The tolerance.</param>
/// <param name="Why">The tolerance's justification.</param>
/// <param name="Source">The reference of the expected value.</param>
/// <param name="Pass">Whether the claim holds.</param>
public sealed record Verdict(string Claim, string MeasuredExpression, string ExpectedExpression, double Measured, double Expected,
    string Mode, double Tolerance, string Why, string Source, bool Pass);
