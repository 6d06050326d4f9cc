namespace Symbolic.Kernels.Specs;

/// <summary>How user text is echoed in diagnostics: at most 60 characters, so a 10⁶-character token is not printed whole.</summary>
internal static class SpecText
{
    /// <summary><paramref name="text"/> itself up to 60 characters, else its first 40 and its length.</summary>
    public static string Shorten(string? text) => text is null || text.Length <= 60 ? text ?? "" : $"{text[..40]}… ({text.Length} characters)";
}
