using Symbolic.Kernels;

namespace Symbolic.MonteCarlo.Tests.Properties;

/// <summary>A random architecture of the property tests with the cosine to check it at.</summary>
/// <param name="Name">A readable description (FsCheck prints it for a counterexample).</param>
/// <param name="Architecture">The layers.</param>
/// <param name="T">t = ⟨x, z⟩ in [−1, 1].</param>
public sealed record ArchitectureCase(string Name, Layer Architecture, double T)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Name} at t = {T} ({Architecture.Spec})";
}
