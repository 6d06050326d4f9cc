using System.Reflection;

namespace Symbolic.Cli.Tests;

/// <summary>Each project depends only on the layers above it (README, "Design").</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Symbolic.Core", [] },
        { "Symbolic.Text", ["Symbolic.Core"] },
        { "Symbolic.Compilation", ["Symbolic.Core"] },
        { "Symbolic.Kernels", ["Symbolic.Core"] },
        { "Symbolic.Spectral", [] },
        { "Symbolic.MonteCarlo", ["Symbolic.Core", "Symbolic.Kernels"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Project_references_only_the_layers_above_it(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Symbolic", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(allowed.Order(StringComparer.Ordinal), references);
    }
}
