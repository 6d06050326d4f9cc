using System.Globalization;

namespace Symbolic.Cli.Derivations;

/// <summary>The state of one run: the measurements the steps record (by name), the report sections they write, and
/// the folder figures go to.</summary>
/// <param name="OutputFolder">The report folder (exists).</param>
public sealed record DerivationContext(string OutputFolder)
{
    private readonly Dictionary<string, double> _measurements = new(StringComparer.Ordinal);

    /// <summary>The measurements recorded so far, by name.</summary>
    public IReadOnlyDictionary<string, double> Measurements => _measurements;

    /// <summary>The report sections in order.</summary>
    public List<ReportSection> Sections { get; } = [];

    /// <summary>Records a measurement; names must be unique within a run.</summary>
    public void Record(string name, double value)
    {
        if (!_measurements.TryAdd(name, value))
            throw new InvalidOperationException($"measurement '{name}' recorded twice");
    }

    /// <summary>Starts a new report section.</summary>
    public ReportSection Section(string title)
    {
        var section = new ReportSection(title);
        Sections.Add(section);
        return section;
    }

    /// <summary>The path of a figure file in the report folder.</summary>
    public string FigurePath(string fileName) => Path.Combine(OutputFolder, fileName);

    /// <summary>Formats a number for reports: 10 significant digits, invariant culture (byte-stable across runs).</summary>
    public static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>Formats a measurement name for a number in a name: 0.5 → 0p5, −1 → m1.</summary>
    public static string NamePart(double value) =>
        value.ToString("R", CultureInfo.InvariantCulture).Replace("-", "m", StringComparison.Ordinal).Replace(".", "p", StringComparison.Ordinal);
}
