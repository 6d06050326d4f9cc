namespace Symbolic.Text.Syntax;

/// <summary>A range of characters in the source text: [<see cref="Start"/>, <see cref="End"/>), in UTF-16 code units.</summary>
/// <param name="Start">Offset of the first character (0-based).</param>
/// <param name="Length">Number of characters covered (0 for a position, e.g. the end of input).</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the last character: Start + Length.</summary>
    public int End => Start + Length;

    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Covering(TextSpan first, TextSpan last) => new(first.Start, Math.Max(first.End, last.End) - first.Start);

    /// <summary>"[start..end)", for debugging.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
