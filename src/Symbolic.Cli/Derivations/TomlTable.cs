using System.Globalization;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// One table of a derivation file: the top-level keys, or one <c>[[step]]</c> / <c>[[claim]]</c> entry. Values are
/// kept as written (strings unquoted, numbers and arrays as their text) with the line they came from, so every
/// accessor can report a one-line error naming the file position.
/// </summary>
public sealed class TomlTable
{
    private readonly Dictionary<string, (object Value, int Line)> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Creates an empty table that starts at <paramref name="line"/> (1-based) of <paramref name="file"/>.</summary>
    public TomlTable(string file, int line) => (File, Line) = (file, line);

    /// <summary>The file the table was read from (for messages).</summary>
    public string File { get; }

    /// <summary>The 1-based line of the table header (or 1 for the top level).</summary>
    public int Line { get; }

    /// <summary>Adds a key; a string, a double, or a list of them. Returns an error for a repeated key.</summary>
    public string? Add(string key, object value, int line)
    {
        if (_values.ContainsKey(key)) return $"{File}:{line}: key '{key}' is repeated";
        _values[key] = (value, line);
        return null;
    }

    /// <summary>Whether the key is present.</summary>
    public bool Has(string key) => _values.ContainsKey(key);

    /// <summary>A required string value.</summary>
    public string String(string key) => OptionalString(key) ?? throw new UserError($"{File}:{Line}: missing key '{key}'");

    /// <summary>An optional string value (a number is accepted as its text).</summary>
    public string? OptionalString(string key)
    {
        if (!_values.TryGetValue(key, out var entry)) return null;
        _used.Add(key);
        return entry.Value switch
        {
            string s => s,
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            _ => throw new UserError($"{File}:{entry.Line}: '{key}' must be a single value, not a list"),
        };
    }

    /// <summary>An optional number.</summary>
    public double? OptionalNumber(string key)
    {
        if (!_values.TryGetValue(key, out var entry)) return null;
        _used.Add(key);
        return entry.Value is double d ? d : throw new UserError($"{File}:{entry.Line}: '{key}' must be a number");
    }

    /// <summary>A number with a default.</summary>
    public double Number(string key, double defaultValue) => OptionalNumber(key) ?? defaultValue;

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>] with a default.</summary>
    public int Integer(string key, int defaultValue, int min, int max)
    {
        var value = OptionalNumber(key) ?? defaultValue;
        if (value != Math.Round(value) || value < min || value > max)
            throw new UserError($"{File}:{LineOf(key)}: '{key}' must be an integer in [{min}, {max}], got {value.ToString("R", CultureInfo.InvariantCulture)}");
        return (int)value;
    }

    /// <summary>A boolean written <c>true</c>/<c>false</c>, with a default.</summary>
    public bool Boolean(string key, bool defaultValue) => OptionalString(key) switch
    {
        null => defaultValue,
        "true" => true,
        "false" => false,
        var other => throw new UserError($"{File}:{LineOf(key)}: '{key}' must be true or false, got '{other}'"),
    };

    /// <summary>A list of numbers (a single number is a list of one); empty when absent.</summary>
    public IReadOnlyList<double> Numbers(string key)
    {
        if (!_values.TryGetValue(key, out var entry)) return [];
        _used.Add(key);
        return entry.Value switch
        {
            double d => [d],
            List<object> list when list.All(v => v is double) => list.Cast<double>().ToList(),
            _ => throw new UserError($"{File}:{entry.Line}: '{key}' must be a number or a list of numbers"),
        };
    }

    /// <summary>A list of strings (a single string is a list of one); empty when absent.</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        if (!_values.TryGetValue(key, out var entry)) return [];
        _used.Add(key);
        return entry.Value switch
        {
            string s => [s],
            List<object> list when list.All(v => v is string) => list.Cast<string>().ToList(),
            _ => throw new UserError($"{File}:{entry.Line}: '{key}' must be a string or a list of strings"),
        };
    }

    /// <summary>Throws a user error naming the first key no accessor asked for (a misspelt option must not be ignored).</summary>
    public void RejectUnusedKeys(string what)
    {
        foreach (var (key, entry) in _values.OrderBy(p => p.Value.Line))
            if (!_used.Contains(key)) throw new UserError($"{File}:{entry.Line}: unknown key '{key}' in {what}");
    }

    private int LineOf(string key) => _values.TryGetValue(key, out var e) ? e.Line : Line;
}
