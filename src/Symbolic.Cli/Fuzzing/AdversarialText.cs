using System.Text;

namespace Symbolic.Cli.Fuzzing;

/// <summary>
/// Hostile strings, drawn from a seeded <see cref="Random"/>: random soups of a target's alphabet, mutations of valid
/// inputs (insert, delete, replace, duplicate, truncate), and fixed adversarial shapes — deep nesting, 10⁶-character
/// tokens, NaN/Inf literals, huge exponents, unicode (combining marks, right-to-left overrides, zero-width spaces, lone
/// surrogates, NUL), empty and blank input.
/// </summary>
public static class AdversarialText
{
    private static readonly string[] Unicode =
        ["π", "√", "²", "ｘ", "\u200b", "\u202e", "🙂", "\ud800", "\0", "é", "e\u0301", "١", "\ufeff", "∞", "−", "×", "\u00a0"];

    private static readonly string[] NumberLiterals =
        ["NaN", "nan", "Infinity", "-Infinity", "inf", "-inf", "∞", "1e999", "-1e999", "1e-999", "0x10", "1_000", "٣",
         "1.0000000000000002", "-1.0000000000000002", "0.99999999999999989", "4.9e-324", "1.7976931348623157e308",
         "99999999999999999999999999", "-0", "+.5", ".", "-", "1e", "e1", "1..2", "１"];

    /// <summary>One of the fixed shapes, with <paramref name="atom"/> as the innermost item (e.g. <c>x</c> or <c>dense</c>).</summary>
    public static string Shape(Random random, string atom, string open, string close)
    {
        ArgumentNullException.ThrowIfNull(random);
        int depth = random.Next(4) switch { 0 => 10, 1 => 1_000, 2 => 20_000, _ => 200_000 };
        return random.Next(12) switch
        {
            0 => string.Concat(Enumerable.Repeat(open, depth)) + atom + string.Concat(Enumerable.Repeat(close, depth)),
            1 => string.Concat(Enumerable.Repeat(open, depth)) + atom,
            2 => atom + string.Concat(Enumerable.Repeat(close, depth)),
            3 => new string('9', 1_000_000),
            4 => new string('x', 1_000_000),
            5 => "1." + new string('0', 1_000_000) + "1",
            6 => Pick(random, NumberLiterals),
            7 => Pick(random, ["2^99999999", "2^(10^9)", "(2^(10^9))^(10^9)", "10^-99999999", "0^0", "0^-1", "1/0", "0/0",
                               "(-8)^(1/3)", "2^(1/99999999)", "99999999999^99999999999", "exp(1e308)", "log(0)", "acos(2)"]),
            8 => Pick(random, Unicode) + atom + Pick(random, Unicode),
            9 => "",
            10 => Pick(random, [" ", "\t", "\n", "\r\n", "   \n  "]),
            _ => string.Join(random.Next(2) == 0 ? "+" : ",", Enumerable.Repeat(atom, depth)),
        };
    }

    /// <summary>A mutation of <paramref name="valid"/>: 1–4 random edits.</summary>
    public static string Mutate(Random random, string valid, string alphabet)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(valid);
        var text = new StringBuilder(valid);
        for (int edits = random.Next(1, 5); edits > 0; edits--)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(7))
            {
                case 0 when text.Length > 0: text.Remove(Math.Min(at, text.Length - 1), 1); break;
                case 1: text.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 2 when text.Length > 0: text[Math.Min(at, text.Length - 1)] = alphabet[random.Next(alphabet.Length)]; break;
                case 3: text.Insert(at, Pick(random, NumberLiterals)); break;
                case 4: text.Insert(at, Pick(random, Unicode)); break;
                case 5 when text.Length > 0:
                    int start = random.Next(text.Length), length = random.Next(1, text.Length - start + 1);
                    text.Insert(at, text.ToString(start, length));
                    break;
                default: text.Length = Math.Min(text.Length, at); break;
            }
        }
        return text.ToString();
    }

    /// <summary>A random string of 0–40 characters, mostly from <paramref name="alphabet"/>, sometimes any UTF-16 unit.</summary>
    public static string Soup(Random random, string alphabet)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(alphabet);
        var text = new StringBuilder();
        for (int i = random.Next(41); i > 0; i--)
            text.Append(random.Next(10) == 0 ? (char)random.Next(char.MaxValue + 1) : alphabet[random.Next(alphabet.Length)]);
        return text.ToString();
    }

    /// <summary>A uniformly chosen item.</summary>
    public static T Pick<T>(Random random, IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(items);
        return items[random.Next(items.Count)];
    }

    /// <summary>A number literal that is hostile to a numeric option (NaN, Inf, overflow, hex, unicode digits, …).</summary>
    public static string HostileNumber(Random random) => Pick(random, NumberLiterals);
}
