namespace Symbolic.Kernels;

/// <summary>
/// A layer was applied to a kernel state it cannot take: a single-signal layer after an open fan-out, a fan-in of
/// branches that are correlated, a residual branch that does not end uncorrelated with its skip path, a numeric-only
/// activation on the symbolic path. A programmer error in the C# API; the architecture parser turns it into a
/// diagnostic pointing at <see cref="Layer"/>'s text.
/// </summary>
public sealed class ArchitectureException : InvalidOperationException
{
    /// <summary>An error raised by <paramref name="layer"/>.</summary>
    public ArchitectureException(Layer layer, string message) : base(message) => Layer = layer;

    /// <summary>The layer that could not be applied.</summary>
    public Layer Layer { get; }
}
