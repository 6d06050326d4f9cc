using System.Globalization;

namespace Symbolic.Cli.Tests.Robustness;

/// <summary>
/// Issue #9, reproducibility: JSON output and derivation reports are byte-identical across runs and across the
/// process culture (a culture with a decimal comma, a Unicode minus and a different group separator) — no hash-order or
/// culture-dependent formatting anywhere.
/// </summary>
[Collection(nameof(CultureSensitive))]
public sealed class ReproducibilityTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("symbolic-repro-").FullName;

    public static TheoryData<string[]> Commands() => new()
    {
        { ["eval", "--arch", "resnet(blocks=3, alpha=0.5)", "--kernel", "both", "--t", "-0.5,0.25,1", "--normalize", "--format", "json"] },
        { ["derive", "--arch", "fc(layers=3)", "--format", "json"] },
        { ["expand", "--arch", "fc(layers=3)", "--format", "json"] },
        { ["spectrum", "--arch", "fc(layers=2)", "--dim", "3", "--kmax", "30", "--format", "json"] },
        { ["mc", "--arch", "fc(layers=2)", "--width", "64", "--samples", "8", "--t", "0.5", "--seed", "3", "--format", "json"] },
        { ["expr", "diff", "acos(x)^2/(1 - x^2)", "--var", "x", "--format", "json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_output_is_byte_identical_across_runs_and_cultures(string[] args)
    {
        var invariant = RunIn(CultureInfo.InvariantCulture, args);
        var again = RunIn(CultureInfo.InvariantCulture, args);
        var hostile = RunIn(HostileCulture(), args);
        Assert.Equal(invariant, again);
        Assert.Equal(invariant, hostile);
    }

    [Fact]
    public void Derivation_reports_are_byte_identical_across_runs_and_cultures()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "derivations", "01-fc-relu-ntk.toml");
        RunIn(CultureInfo.InvariantCulture, ["run", file, "--out", Path.Combine(_folder, "a"), "--no-pdf"]);
        RunIn(HostileCulture(), ["run", file, "--out", Path.Combine(_folder, "b"), "--no-pdf"]);
        foreach (var name in new[] { "report.md", "report.tex", "verdicts.json" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "a", "fc-relu-ntk", name)), File.ReadAllBytes(Path.Combine(_folder, "b", "fc-relu-ntk", name)));
    }

    /// <summary>A culture that breaks any formatting that is not invariant: decimal comma, Unicode minus, '.' grouping.</summary>
    private static CultureInfo HostileCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        return culture;
    }

    private static string RunIn(CultureInfo culture, string[] args)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var (exit, stdout, stderr) = CliRunner.Run(args);
            Assert.True(exit == 0, $"{string.Join(' ', args)}: {stderr}");
            return stdout;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>Tests that change the process culture run one at a time.</summary>
[CollectionDefinition(nameof(CultureSensitive), DisableParallelization = true)]
public sealed class CultureSensitive;
