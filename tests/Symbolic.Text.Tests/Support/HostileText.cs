using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Text.Tests.Support;

/// <summary>A random input string for fuzzing the parser: mostly plausible tokens, plus junk and odd Unicode.</summary>
/// <param name="Value">The text.</param>
public sealed record HostileText(string Value)
{
    /// <summary>The text, escaped for FsCheck's failure report.</summary>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>FsCheck generators for <see cref="HostileText"/>.</summary>
public static class HostileTextArbitrary
{
    private static readonly string[] s_pieces =
    [
        "x", "y", "t", "pi", "π", "e", "S1", "where", "=", ",", ";", "float", "sqrt", "acos", "max", "foo", "NaN", "inf",
        "0", "1", "2", "3.5", "1e3", "1e-3", ".5", "99999999", "+", "-", "−", "*", "**", "/", "^", "(", ")", "(", ")",
        " ", " ", "\n", "\t", "$", "@", "#", "'", "\"", "\\", "{", "}", "[", "]", "\0", "\uFEFF", "\u200B", "😀", "\uD800",
        "\uDC00", "é", "Σ", "∞", "·", "×", "÷", "_", "e+", "E-",
    ];

    /// <summary>Concatenations of 0–40 pieces.</summary>
    public static Arbitrary<HostileText> Texts() =>
        Gen.Elements(s_pieces).ListOf().Select(p => new HostileText(string.Concat(p.Take(40)))).ToArbitrary();
}
