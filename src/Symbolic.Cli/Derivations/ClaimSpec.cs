namespace Symbolic.Cli.Derivations;

/// <summary>
/// One <c>[[claim]]</c>: a statement, the measured quantity and the expected value as expressions over the steps'
/// measurements (e.g. <c>"fc2_one"</c>, <c>"par_mu3 / par_mu4"</c>, <c>"-(3)"</c>), how they are compared, the
/// tolerance and why it is that size, and the reference section the expected value comes from.
/// </summary>
/// <param name="Statement">The claim in words.</param>
/// <param name="Measured">Expression over measurements: what is measured.</param>
/// <param name="Expected">Expression over measurements and constants: the predicted value.</param>
/// <param name="Mode">abs: |m − e| ≤ tol; rel: |m − e| ≤ tol·|e|; below: m ≤ e + tol; above: m ≥ e − tol.</param>
/// <param name="Tolerance">The tolerance (≥ 0).</param>
/// <param name="Why">One line justifying the tolerance.</param>
/// <param name="Source">Where the expected value comes from (e.g. fc-resnet.md §4.3).</param>
/// <param name="Line">The line of the claim in its file.</param>
public sealed record ClaimSpec(string Statement, string Measured, string Expected, string Mode, double Tolerance, string Why, string Source, int Line)
{
    /// <summary>Comparison modes.</summary>
    public static readonly IReadOnlyList<string> Modes = ["abs", "rel", "below", "above"];

    /// <summary>Reads a claim table.</summary>
    public static ClaimSpec From(TomlTable table)
    {
        var mode = table.OptionalString("mode") ?? "abs";
        if (!Modes.Contains(mode)) throw new UserError($"{table.File}:{table.Line}: claim mode must be one of {string.Join(", ", Modes)}, got '{mode}'");
        var tolerance = table.OptionalNumber("tolerance") ?? throw new UserError($"{table.File}:{table.Line}: missing key 'tolerance'");
        if (tolerance < 0) throw new UserError($"{table.File}:{table.Line}: tolerance must be >= 0");
        var claim = new ClaimSpec(table.String("claim"), table.String("measured"), table.String("expected"), mode, tolerance,
            table.String("why"), table.String("source"), table.Line);
        table.RejectUnusedKeys("a claim");
        return claim;
    }
}
