namespace Symbolic.Kernels.Images;

/// <summary>
/// The sides' per-pixel variances K_xx[i, i] at the input of every activation of a compiled <see cref="ImagePlan"/>, for
/// the points [<see cref="Start"/>, <see cref="Start"/> + <see cref="Count"/>) of one set (conv-dense.md §2.2: the
/// nonlinearity needs Σ_xx[i, i] and Σ_zz[j, j]). They depend on one point only, so a Gram computes them once per point
/// instead of once per pair: Values[t][i·Count + m] is pixel i of point Start + m before activation t.
/// </summary>
internal sealed class ImageSideTrace(ImagePoints points, int start, int count, double[][] values)
{
    /// <summary>The point set.</summary>
    public ImagePoints Points { get; } = points;

    /// <summary>The first point covered.</summary>
    public int Start { get; } = start;

    /// <summary>The number of points covered.</summary>
    public int Count { get; } = count;

    /// <summary>One pixel-major array per activation (pixels × <see cref="Count"/>).</summary>
    public double[][] Values { get; } = values;

    /// <summary>Whether this trace covers exactly the given range of the given set.</summary>
    public bool Covers(ImagePoints points, int start, int count) => ReferenceEquals(points, Points) && start == Start && count == Count;
}
