using Symbolic.Kernels;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>A random image architecture of the property tests with the pair of images (angles of C₀ = 2 pixels) to check it at.</summary>
/// <param name="Architecture">The layers (a rescnn or cnn preset).</param>
/// <param name="X">θ of x's pixels.</param>
/// <param name="Z">θ of z's pixels.</param>
public sealed record ImageCase(Layer Architecture, double[] X, double[] Z)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Architecture.Spec} at θ(x) = [{string.Join(", ", X)}], θ(z) = [{string.Join(", ", Z)}]";
}
