namespace Symbolic.Cli.Derivations;

/// <summary>One <c>[[step]]</c>: an identifier (the prefix of its measurements), what it does, and its options.</summary>
/// <param name="Id">Identifier: a letter, then letters and digits; measurements are named <c>{Id}_…</c>.</param>
/// <param name="Kind">One of <see cref="Derivation.StepKinds"/>.</param>
/// <param name="Title">Heading of the step's report section.</param>
/// <param name="Options">The remaining keys, read by the step.</param>
public sealed record StepSpec(string Id, string Kind, string Title, TomlTable Options)
{
    /// <summary>Reads the common keys <c>id</c>, <c>do</c>, <c>title</c> of a step table.</summary>
    public static StepSpec From(TomlTable table, IReadOnlyList<StepSpec> earlier)
    {
        var id = table.String("id");
        if (id.Length == 0 || !char.IsAsciiLetter(id[0]) || !id.All(char.IsAsciiLetterOrDigit))
            throw new UserError($"{table.File}:{table.Line}: step id '{id}' must be a letter followed by letters and digits");
        if (earlier.Any(s => s.Id == id)) throw new UserError($"{table.File}:{table.Line}: step id '{id}' is repeated");
        var kind = table.String("do");
        if (!Derivation.StepKinds.Contains(kind))
            throw new UserError($"{table.File}:{table.Line}: unknown step '{kind}' (expected {string.Join(", ", Derivation.StepKinds)})");
        return new StepSpec(id, kind, table.OptionalString("title") ?? id, table);
    }
}
