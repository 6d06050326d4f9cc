using Symbolic.Cli.Commands;
using Symbolic.Cli.Derivations;

namespace Symbolic.Cli.Tests.Derivations;

/// <summary>Runs the fast derivations shipped in derivations/ and checks their claims, plus format errors.</summary>
public sealed class DerivationRunTests
{
    private static string DerivationsFolder()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !Directory.Exists(Path.Combine(folder, "derivations"))) folder = Path.GetDirectoryName(folder);
        return Path.Combine(folder ?? throw new InvalidOperationException("derivations/ not found above the test folder"), "derivations");
    }

    [Fact]
    public void FastDerivationsPassAllClaims()
    {
        var output = Path.Combine(Path.GetTempPath(), $"deriv-test-{Environment.ProcessId}");
        try
        {
            var writer = new StringWriter();
            var code = RunCommand.Run(writer, DerivationsFolder(), output, fastOnly: true);
            Assert.True(code == ExitCodes.Ok, writer.ToString());
            var verdicts = File.ReadAllText(Path.Combine(output, "fc-relu-ntk", "verdicts.json"));
            Assert.Contains("\"pass\": true", verdicts, StringComparison.Ordinal);
            Assert.DoesNotContain("\"pass\": false", verdicts, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData("name = \"x\"\ntitle = \"t\"\n[[claim]]\nclaim = \"c\"\nmeasured = \"1\"\nexpected = \"1\"\ntolerance = 0\nwhy = \"w\"\nsource = \"s\"\nbogus = 1\n", "unknown key 'bogus'")]
    [InlineData("name = \"x\"\ntitle = \"t\"\n", "at least one [[claim]]")]
    [InlineData("name = \"x\"\ntitle = \"t\n", "unterminated string")]
    [InlineData("name = \"x\"\ntitle = \"t\"\n[[step]]\nid = \"a\"\ndo = \"fly\"\n", "unknown step 'fly'")]
    public void BadFilesAreOneLineUserErrors(string text, string expected)
    {
        var error = Assert.Throws<UserError>(() => Derivation.Parse(text, "f.toml"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("abs", 1.0, 1.05, 0.1, true)]
    [InlineData("abs", 1.0, 1.2, 0.1, false)]
    [InlineData("rel", 2.0, 2.1, 0.1, true)]
    [InlineData("below", 0.5, 1.0, 0.0, true)]
    [InlineData("above", 0.5, 1.0, 0.0, false)]
    [InlineData("abs", double.NaN, 1.0, 1.0, false)]
    public void ClaimModesCompareAsDocumented(string mode, double measured, double expected, double tolerance, bool pass) =>
        Assert.Equal(pass, ClaimEvaluator.Holds(mode, measured, expected, tolerance));

    [Fact]
    public void LatexTextGroupsSubscripts() =>
        Assert.Equal("c$_{-1}$ and $\\kappa_{0}$", LatexText.Escape("c₋₁ and κ₀"));
}
