using System.Globalization;
using System.Text;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// Reads the derivation format: a small subset of TOML that stays readable in a diff. Top-level <c>key = value</c>
/// lines, then <c>[[step]]</c> and <c>[[claim]]</c> tables in order. Values are double-quoted strings (escapes
/// <c>\"</c>, <c>\\</c>), numbers (<c>0.5</c>, <c>1e-12</c>), <c>true</c>/<c>false</c>, or one-line lists
/// <c>[2, 5, 20]</c>. <c>#</c> starts a comment outside strings. Errors are <see cref="UserError"/>s naming the line.
/// </summary>
public static class DerivationParser
{
    /// <summary>Parses <paramref name="text"/> (read from <paramref name="file"/>, used in messages) into tables:
    /// the top level first, then each step and claim with its kind.</summary>
    public static (TomlTable Top, IReadOnlyList<(string Kind, TomlTable Table)> Tables) Parse(string text, string file)
    {
        var top = new TomlTable(file, 1);
        var tables = new List<(string, TomlTable)>();
        var current = top;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = StripComment(lines[i]).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("[[", StringComparison.Ordinal))
            {
                if (!line.EndsWith("]]", StringComparison.Ordinal))
                    throw new UserError($"{file}:{lineNumber}: expected a table header such as [[step]] or [[claim]]");
                var kind = line[2..^2].Trim();
                if (kind is not ("step" or "claim"))
                    throw new UserError($"{file}:{lineNumber}: unknown table [[{kind}]] (expected [[step]] or [[claim]])");
                current = new TomlTable(file, lineNumber);
                tables.Add((kind, current));
                continue;
            }
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new UserError($"{file}:{lineNumber}: expected 'key = value'");
            var key = line[..equals].Trim();
            if (!key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                throw new UserError($"{file}:{lineNumber}: bad key '{key}' (letters, digits, '_' and '-' only)");
            var value = ParseValue(line[(equals + 1)..].Trim(), file, lineNumber);
            if (current.Add(key, value, lineNumber) is { } error) throw new UserError(error);
        }
        return (top, tables);
    }

    private static object ParseValue(string text, string file, int line)
    {
        if (text.StartsWith('['))
        {
            if (!text.EndsWith(']')) throw new UserError($"{file}:{line}: a list must open and close on one line");
            var items = new List<object>();
            var inner = text[1..^1].Trim();
            var position = 0;
            while (position < inner.Length)
            {
                var end = inner[position] == '"' ? ClosingQuote(inner, position, file, line) + 1 : inner.IndexOf(',', position);
                if (end < 0) end = inner.Length;
                items.Add(ParseScalar(inner[position..end].Trim(), file, line));
                position = end;
                while (position < inner.Length && (inner[position] == ',' || char.IsWhiteSpace(inner[position]))) position++;
            }
            return items;
        }
        return ParseScalar(text, file, line);
    }

    private static object ParseScalar(string text, string file, int line)
    {
        if (text.Length == 0) throw new UserError($"{file}:{line}: missing value");
        if (text[0] == '"')
        {
            var close = ClosingQuote(text, 0, file, line);
            if (close != text.Length - 1) throw new UserError($"{file}:{line}: unexpected text after the closing quote");
            return Unescape(text[1..close], file, line);
        }
        if (text is "true" or "false") return text;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number;
        throw new UserError($"{file}:{line}: '{text}' is not a string (use double quotes), a number, true/false or a list");
    }

    private static int ClosingQuote(string text, int open, string file, int line)
    {
        for (var i = open + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '"') return i;
        }
        throw new UserError($"{file}:{line}: unterminated string");
    }

    private static string Unescape(string text, string file, int line)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\') { sb.Append(text[i]); continue; }
            i++;
            sb.Append(i < text.Length ? text[i] switch
            {
                '"' => '"',
                '\\' => '\\',
                'n' => '\n',
                var c => throw new UserError($"{file}:{line}: unknown escape '\\{c}' (use \\\" \\\\ or \\n)"),
            } : throw new UserError($"{file}:{line}: a string ends with a lone backslash"));
        }
        return sb.ToString();
    }

    private static string StripComment(string line)
    {
        var inString = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (inString && line[i] == '\\') { i++; continue; }
            if (line[i] == '"') inString = !inString;
            else if (line[i] == '#' && !inString) return line[..i];
        }
        return line;
    }
}
