using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Cli.Fuzzing;

namespace Symbolic.Cli.Tests.Robustness;

/// <summary>
/// Issue #9: every text input — expressions, architecture specs, numbers, derivation files, CSV and .npy data — survives
/// generated hostile cases: each ends in a result or a one-line error with exit code 2, within the time budget; no
/// internal error, no escaped exception, no stack trace, no hang. 6 targets × 1,700 generated cases (FsCheck picks the
/// case numbers of the seeded corpus) + FsCheck's own arbitrary strings = over 10⁴ cases per CI run.
/// </summary>
public sealed class FuzzTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    public static Arbitrary<int> CaseNumbers() => Gen.Choose(0, 1_000_000).ToArbitrary();

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void Expressions(int index) => AssertSurvives(FuzzTarget.Expression, index);

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void ArchitectureSpecs(int index) => AssertSurvives(FuzzTarget.Architecture, index);

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void Numbers(int index) => AssertSurvives(FuzzTarget.Number, index);

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void DerivationFiles(int index) => AssertSurvives(FuzzTarget.Derivation, index);

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void CsvFiles(int index) => AssertSurvives(FuzzTarget.Csv, index);

    [Property(Arbitrary = [typeof(FuzzTests)], MaxTest = 1700, Replay = "(1234,5679)")]
    public void NpyFiles(int index) => AssertSurvives(FuzzTarget.Npy, index);

    /// <summary>FsCheck's own arbitrary strings (any UTF-16, including control characters) as an expression and a spec.</summary>
    [Property(MaxTest = 400, Replay = "(1234,5679)")]
    public void ArbitraryStrings(NonNull<string> text)
    {
        foreach (var args in new[] { new[] { "expr", "simplify", text.Get }, ["derive", "--arch", text.Get], ["eval", "--arch", "fc(layers=2)", "--t", text.Get] })
        {
            var fuzzCase = FuzzCase.Of(FuzzTarget.Expression, FuzzCase.Describe(text.Get), args);
            var (outcome, _, detail) = FuzzRunner.Run(fuzzCase, Budget);
            Assert.True(outcome is FuzzOutcome.Result or FuzzOutcome.Rejected, $"{string.Join(' ', args[..2])} '{fuzzCase.Description}': {outcome}: {detail}");
        }
    }

    [Theory]
    [InlineData(0, "", FuzzOutcome.Result)]
    [InlineData(1, "", FuzzOutcome.Result)]
    [InlineData(2, "error: --t: 'x' is not a number\n", FuzzOutcome.Rejected)]
    [InlineData(2, "", FuzzOutcome.Broken)]
    [InlineData(2, "error: boom\n   at Symbolic.Core.Parser.Parse()\n", FuzzOutcome.Broken)]
    [InlineData(3, "internal error: NullReferenceException", FuzzOutcome.InternalError)]
    [InlineData(134, "", FuzzOutcome.Broken)]
    public void TheClassifierCatchesBrokenContracts(int exit, string stderr, FuzzOutcome expected) =>
        Assert.Equal(expected, FuzzRunner.Classify(exit, stderr));

    [Fact]
    public void TheCorpusIsReproducibleByCaseNumber()
    {
        foreach (var target in Enum.GetValues<FuzzTarget>())
        {
            var a = FuzzCorpus.Case(target, 3, 41);
            var b = FuzzCorpus.Case(target, 3, 41);
            Assert.Equal(a.Args, b.Args);
            Assert.Equal(a.Files.Keys, b.Files.Keys);
            foreach (var key in a.Files.Keys) Assert.Equal(a.Files[key], b.Files[key]);
        }
    }

    [Fact]
    public void TheFuzzCommandPrintsCounts()
    {
        var (exit, stdout, stderr) = CliRunner.Run("fuzz", "--cases", "3", "--target", "npy", "--format", "json");
        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("\"total\": 3", stdout);
        var bad = CliRunner.Run("fuzz", "--cases", "0");
        Assert.Equal(2, bad.Exit);
        Assert.StartsWith("error: --cases: expected 1 to 10000000, got 0", bad.Err);
    }

    private static void AssertSurvives(FuzzTarget target, int index)
    {
        var fuzzCase = FuzzCorpus.Case(target, seed: 20261123, index);
        var (outcome, elapsed, detail) = FuzzRunner.Run(fuzzCase, Budget);
        Assert.True(outcome is FuzzOutcome.Result or FuzzOutcome.Rejected,
            $"{FuzzReport.Name(target)} case #{index}: {outcome} after {elapsed.TotalSeconds:F2} s: {detail}; input: {fuzzCase.Description}");
    }
}
