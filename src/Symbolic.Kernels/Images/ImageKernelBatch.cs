using System.Collections.Immutable;

namespace Symbolic.Kernels.Images;

/// <summary>
/// The per-pixel kernels of a batch of P input pairs (x, z), as doubles in struct-of-arrays form (conv-dense.md §1.2,
/// §2.2, §2.3): the NNGP tensor K_xz and the NTK tensor Θ_xz, and the sides' per-pixel diagonals K_xx[i, i], K_zz[j, j],
/// Θ_xx[i, i], Θ_zz[j, j] — all a nonlinearity needs, since P_ij = Φ(Σ_xx[i, i], Σ_zz[j, j], Σ_xz[i, j]).
/// </summary>
/// <remarks>
/// Storage is entry-major with the pairs contiguous: value (entry e, pair p) is at <c>e·P + p</c>, so every layer works on
/// spans of length P. With <see cref="Full"/> the entries are all d² pixel pairs (i, j) at e = i·d + j (needed by the GAP
/// head); otherwise only the d diagonal pairs (i, i) at e = i (enough for the Eq and flatten heads, since 𝒜_q maps
/// diagonals to diagonals: O(L·d·q) instead of O(L·d²·q)). Side arrays are pixel-major, <c>i·P + p</c>. Arrays are never
/// modified after a layer returns them, so branches share them. <see cref="Ntk"/> is null when only the NNGP is tracked.
/// After the GAP head the sides' diagonals are unknown (NaN): the pooled (x, x) kernel needs the full K_xx tensor.
/// </remarks>
public sealed record ImageKernelBatch
{
    /// <summary>Number of input pairs P.</summary>
    public required int Pairs { get; init; }

    /// <summary>The current spatial shape (<see cref="ImageShape.Scalar"/> after a head).</summary>
    public required ImageShape Shape { get; init; }

    /// <summary>Whether all d² pixel pairs are stored (else only the d diagonal ones).</summary>
    public required bool Full { get; init; }

    /// <summary>K_xz, entry-major (<see cref="Entries"/> × P).</summary>
    public required double[] Nngp { get; init; }

    /// <summary>Θ_xz, entry-major, or null when only the NNGP is tracked.</summary>
    public double[]? Ntk { get; init; }

    /// <summary>K_xx[i, i], pixel-major (d × P).</summary>
    public required double[] Var1 { get; init; }

    /// <summary>K_zz[j, j], pixel-major (d × P).</summary>
    public required double[] Var2 { get; init; }

    /// <summary>Θ_xx[i, i], pixel-major, or null when only the NNGP is tracked.</summary>
    public double[]? NtkVar1 { get; init; }

    /// <summary>Θ_zz[j, j], pixel-major, or null when only the NNGP is tracked.</summary>
    public double[]? NtkVar2 { get; init; }

    /// <summary>The largest quadrature error estimate of any dual met so far (0 for closed forms).</summary>
    public double QuadratureError { get; init; }

    /// <summary>Open fan-outs around this signal (see <see cref="KernelState.FanOutDepth"/>).</summary>
    public int FanOutDepth { get; init; }

    /// <summary>Uncorrelated with sibling branches of fan-outs 1…this value (see <see cref="KernelState.UncorrelatedDepth"/>).</summary>
    public int UncorrelatedDepth { get; init; }

    /// <summary>The parallel signals after a fan-out; empty for a single signal.</summary>
    public ImmutableArray<ImageKernelBatch> Branches { get; init; } = [];

    /// <summary>Whether the state holds parallel branches rather than one signal.</summary>
    public bool IsBranched => !Branches.IsDefaultOrEmpty;

    /// <summary>Whether Θ is tracked.</summary>
    public bool TracksNtk => Ntk is not null;

    /// <summary>Stored pixel pairs per input pair: d² when <see cref="Full"/>, else d.</summary>
    public int Entries => Full ? Shape.Pixels * Shape.Pixels : Shape.Pixels;

    /// <summary>
    /// The input state K = Γ, Θ = 0 (conv-dense.md §2.2: K⁽⁰⁾ before the embedding), from the base tensor
    /// <paramref name="gamma"/> (Γ_ij = ⟨x_i, z_j⟩, entry-major as <see cref="Nngp"/>) and the sides' squared pixel norms.
    /// </summary>
    /// <exception cref="ArgumentException">An array has the wrong length.</exception>
    public static ImageKernelBatch Input(ImageShape shape, bool full, int pairs, bool trackNtk, double[] gamma, double[] norms1, double[] norms2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pairs, 1);
        int d = shape.Pixels, entries = full ? d * d : d;
        if (gamma.Length != entries * pairs) throw new ArgumentException($"Γ needs {entries}×{pairs} values, got {gamma.Length}.", nameof(gamma));
        if (norms1.Length != d * pairs || norms2.Length != d * pairs)
            throw new ArgumentException($"the pixel norms need {d}×{pairs} values each.", nameof(norms1));
        return new()
        {
            Pairs = pairs, Shape = shape, Full = full, Nngp = gamma, Var1 = norms1, Var2 = norms2,
            Ntk = trackNtk ? new double[gamma.Length] : null,
            NtkVar1 = trackNtk ? new double[norms1.Length] : null,
            NtkVar2 = trackNtk ? new double[norms2.Length] : null,
        };
    }

    /// <summary>The pixel pair (i, j) stored at entry <paramref name="entry"/>.</summary>
    public (int Row, int Column) PixelsOf(int entry)
    {
        if (!Full) return (entry, entry);
        int d = Shape.Pixels;
        return (entry / d, entry % d);
    }

    /// <summary>The entry holding pixel pair (i, i).</summary>
    public int DiagonalEntry(int pixel) => Full ? pixel * Shape.Pixels + pixel : pixel;
}
