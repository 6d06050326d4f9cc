using System.Runtime.CompilerServices;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests.Printing;

/// <summary>
/// LaTeX output compared exactly with Golden/&lt;name&gt;.tex. To accept a deliberate change, run the tests once with
/// SYMBOLIC_UPDATE_GOLDEN=1 (rewrites the files in the source tree), review the diff, and commit it.
/// </summary>
public sealed class LatexGoldenTests
{
    public static TheoryData<string> Names => [.. GoldenFormulas.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Latex_matches_golden_file(string name)
    {
        string actual = GoldenFormulas.All.Single(f => f.Name == name).Latex() + "\n";
        string path = Path.Combine(GoldenDirectory(), name + ".tex");
        if (Environment.GetEnvironmentVariable("SYMBOLIC_UPDATE_GOLDEN") == "1") File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"Golden file {path} is missing (run once with SYMBOLIC_UPDATE_GOLDEN=1 and review it).");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Every_golden_file_has_a_formula()
    {
        var files = Directory.GetFiles(GoldenDirectory(), "*.tex").Select(Path.GetFileNameWithoutExtension).Order();
        Assert.Equal(GoldenFormulas.All.Select(f => f.Name).Order(), files);
    }

    private static string GoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(thisFile))!, "Golden");
}
