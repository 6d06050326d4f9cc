namespace Symbolic.Cli.Derivations;

/// <summary>
/// A parsed derivation file: what it is about, the steps that compute measurements, and the claims that compare
/// measurements with the values the references predict.
/// </summary>
/// <param name="Name">Short name; the report folder is named after it.</param>
/// <param name="Title">One-line title of the report.</param>
/// <param name="Summary">A paragraph saying what the derivation shows.</param>
/// <param name="Slow">Whether it is too slow for CI (the CLI runs it; the test suite skips it).</param>
/// <param name="Steps">The steps in file order.</param>
/// <param name="Claims">The claims in file order.</param>
public sealed record Derivation(string Name, string Title, string Summary, bool Slow, IReadOnlyList<StepSpec> Steps, IReadOnlyList<ClaimSpec> Claims)
{
    /// <summary>Step kinds the runner knows.</summary>
    public static readonly IReadOnlyList<string> StepKinds = ["derive", "sweep", "spectrum", "regression", "multisphere", "condition", "mc", "variance"];

    /// <summary>Reads a derivation from <paramref name="text"/>; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="UserError">The text is not a valid derivation (one line naming the position).</exception>
    public static Derivation Parse(string text, string file)
    {
        var (top, tables) = DerivationParser.Parse(text, file);
        var name = top.String("name");
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new UserError($"{file}:{top.Line}: name '{name}' must be lower-case letters, digits and '-' (it names the report folder)");
        var title = top.String("title");
        var summary = top.OptionalString("summary") ?? "";
        var speed = top.OptionalString("speed") ?? "fast";
        if (speed is not ("fast" or "slow")) throw new UserError($"{file}: speed must be \"fast\" or \"slow\", got '{speed}'");
        top.RejectUnusedKeys("the top level");
        var steps = new List<StepSpec>();
        var claims = new List<ClaimSpec>();
        foreach (var (kind, table) in tables)
        {
            if (kind == "step") steps.Add(StepSpec.From(table, steps));
            else claims.Add(ClaimSpec.From(table));
        }
        if (claims.Count == 0) throw new UserError($"{file}: a derivation needs at least one [[claim]]");
        return new Derivation(name, title, summary, speed == "slow", steps, claims);
    }
}
