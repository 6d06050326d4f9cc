namespace Symbolic.Cli.Fuzzing;

/// <summary>
/// One generated attack: the command line, with <c>{dir}</c> standing for the case's private temporary folder, and the
/// files to create there first.
/// </summary>
/// <param name="Target">What is attacked.</param>
/// <param name="Args">The command line (without the program name).</param>
/// <param name="Files">File name → content, written into the case folder before the run.</param>
/// <param name="Description">A short printable description of the hostile part (truncated input).</param>
public sealed record FuzzCase(FuzzTarget Target, IReadOnlyList<string> Args, IReadOnlyDictionary<string, byte[]> Files, string Description)
{
    /// <summary>The placeholder for the case folder inside <see cref="Args"/>.</summary>
    public const string FolderToken = "{dir}";

    /// <summary>A case without files.</summary>
    public static FuzzCase Of(FuzzTarget target, string description, params string[] args) =>
        new(target, args, new Dictionary<string, byte[]>(), description);

    /// <summary>A printable, single-line, at most 120-character form of <paramref name="text"/>.</summary>
    public static string Describe(string text)
    {
        var flat = new string([.. text.Take(200).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c)]);
        return text.Length > 100 ? $"{flat[..Math.Min(flat.Length, 100)]}… ({text.Length} chars)" : flat;
    }
}
