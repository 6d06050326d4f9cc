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
            // Every fast derivation, including the Barzilai spectra (04) and the Monte Carlo agreement (06).
            foreach (var name in new[] { "fc-relu-ntk", "resntk-belfer", "huang-resnet", "barzilai-rescnn", "mc-agreement" })
            {
                var verdicts = File.ReadAllText(Path.Combine(output, name, "verdicts.json"));
                Assert.Contains("\"pass\": true", verdicts, StringComparison.Ordinal);
                Assert.DoesNotContain("\"pass\": false", verdicts, StringComparison.Ordinal);
            }
            foreach (var figure in new[] { "barzilai-rescnn/ntk1.png", "barzilai-rescnn/cgp.png", "mc-agreement/fc.png", "mc-agreement/fc_sweep.png" })
                Assert.True(new FileInfo(Path.Combine(output, figure)).Length > 10_000, figure);
            Assert.False(Directory.Exists(Path.Combine(output, "littwin-variance")), "the slow derivation must not run with --fast-only");
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
    [InlineData("do = \"multisphere\"\npixels = 3\nrays = [\"1,0\"]\nmultipliers = [1, 2]\n", "ray '1,0' must have 3 entries")]
    [InlineData("do = \"multisphere\"\nkernel = \"cntk\"\n", "kernel must be \"gp\" or \"ntk\"")]
    [InlineData("do = \"condition\"\nL = [2]\nsampling = \"grid\"\n", "sampling must be")]
    [InlineData("do = \"mc\"\narchs = [\"fc(layers=2)\"]\nnames = [\"fc\"]\nlabels = [\"FC\"]\n", "needs t = [...]")]
    [InlineData("do = \"mc\"\narchs = [\"fc(layers=2)\"]\nnames = [\"fc\"]\nlabels = [\"FC\"]\nt = [0.5]\nsweep = \"res\"\n", "is not one of the names")]
    [InlineData("do = \"variance\"\narchs = [\"mlp(layers=2)\"]\nnames = [\"m\"]\nlabels = [\"M\"]\nlaws = [\"mlp\"]\n", "must contain {L}")]
    [InlineData("do = \"variance\"\narchs = [\"mlp(layers={L})\"]\nnames = [\"m\"]\nlabels = [\"M\"]\nlaws = [\"cnn\"]\n", "law 'cnn' must be")]
    public void BadNewStepsAreOneLineUserErrors(string stepBody, string expected)
    {
        var text = $"name = \"x\"\ntitle = \"t\"\n[[step]]\nid = \"s\"\n{stepBody}[[claim]]\nclaim = \"c\"\nmeasured = \"1\"\nexpected = \"1\"\n" +
                   "tolerance = 0\nwhy = \"w\"\nsource = \"s\"\n";
        var output = Path.Combine(Path.GetTempPath(), $"deriv-bad-{Environment.ProcessId}-{Math.Abs(stepBody.GetHashCode(StringComparison.Ordinal))}");
        try
        {
            var error = Assert.Throws<UserError>(() => DerivationRunner.Run(Derivation.Parse(text, "f.toml"), "f.toml", output, TextWriter.Null, compilePdf: false));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Theory] // conv-dense.md §3.4: the exact readout laws
    [InlineData("mlp", 64, 8)]
    [InlineData("mlp", 32, 1)]
    public void MlpReadoutLawIsHaninNicasProduct(string law, int n, int depth) =>
        Assert.Equal((1 + 2.0 / n) * Math.Pow(1 + 5.0 / n, depth) - 1, ReadoutLaw.Parse(law)!.RelativeVariance(n, depth), 14);

    [Fact]
    public void ResNetAndDenseNetReadoutLawsMatchSection34()
    {
        // α = 1: each block multiplies E[q²]/E[q]² by 1 + (11/n + 10/n²)/4.
        var n = 64.0;
        Assert.Equal((1 + 2 / n) * Math.Pow(1 + (11 / n + 10 / (n * n)) / 4, 3) - 1, ReadoutLaw.Parse("resnet(alpha=1)")!.RelativeVariance(64, 3), 14);
        // α = L^(−γ) with γ = 1/2 at L = 4 is α = 1/2.
        Assert.Equal(ReadoutLaw.Parse("resnet(alpha=0.5)")!.RelativeVariance(64, 4), ReadoutLaw.Parse("resnet(gamma=1/2)")!.RelativeVariance(64, 4), 14);
        // DenseNet: bounded uniformly in depth by (1 + 2/n)·exp(5(π²/6 − 1)/n) − 1.
        var dense = ReadoutLaw.Parse("densenet")!;
        var bound = (1 + 2 / n) * Math.Exp(5 * (Math.PI * Math.PI / 6 - 1) / n) - 1;
        Assert.All(new[] { 1, 10, 100, 1000 }, L => Assert.InRange(dense.RelativeVariance(64, L), 0, bound));
        Assert.True(dense.RelativeVariance(64, 1000) > dense.RelativeVariance(64, 10));
        Assert.Null(ReadoutLaw.Parse("resnet(alpha=-1)"));
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
