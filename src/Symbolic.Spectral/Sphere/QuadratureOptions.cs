namespace Symbolic.Spectral.Sphere;

/// <summary>
/// How <see cref="MercerSpectrum.OnSphere"/> integrates μₖ = (ω_(d−2)/ω_(d−1)) ∫₀^π κ(cos θ) Pₖ(cos θ) sin^(d−2)θ dθ:
/// Gauss–Legendre in θ with n nodes for the convergence check and 2n nodes for the returned values.
/// </summary>
public sealed record QuadratureOptions
{
    /// <summary>The default options: n = max(<see cref="MinimumNodes"/>, 2K + <see cref="NodeMargin"/>), checked against 2n.</summary>
    public static QuadratureOptions Default { get; } = new();

    /// <summary>
    /// The node count n of the comparison rule (the returned values use 2n); null for the default
    /// max(<see cref="MinimumNodes"/>, 2K + <see cref="NodeMargin"/>). Values below K + 1 are raised to K + 1 so that
    /// the oscillation of P_K is always resolved, and values above 25 000 are lowered to 25 000 (2n stays within
    /// <see cref="Quadrature.GaussLegendreRule.MaxOrder"/>).
    /// </summary>
    public int? Nodes { get; init; }

    /// <summary>The least n used by the default rule (enough for the θ-analyticity of typical kernels); 256.</summary>
    public int MinimumNodes { get; init; } = 256;

    /// <summary>The margin in n = 2K + margin of the default rule; 64.</summary>
    public int NodeMargin { get; init; } = 64;

    /// <summary>
    /// When true (default), the spectrum is computed with n and 2n nodes, the 2n values are returned and
    /// |μₖ(n) − μₖ(2n)| is reported as the error estimate; when false, only n nodes are used and no estimate is given.
    /// </summary>
    public bool CheckConvergence { get; init; } = true;

    /// <summary>The comparison node count n for maximal degree K under these options.</summary>
    public int NodesFor(int maxDegree) =>
        Math.Min(Math.Max(Nodes ?? Math.Max(MinimumNodes, 2 * maxDegree + NodeMargin), maxDegree + 1),
            Quadrature.GaussLegendreRule.MaxOrder / 2);
}
