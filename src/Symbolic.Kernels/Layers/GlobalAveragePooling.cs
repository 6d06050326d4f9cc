using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// The global-average-pooling head (conv-dense.md §1.2, "GAP"): the output is the mean over pixels, so the kernel is the
/// mean of all d² entries, (1/d²)·Σ_ij M_ij, of each per-pixel-pair tensor; it needs the full tensors, O(L·d²·q) per pair.
/// The pooled (x, x) kernel needs the full K_xx tensor, which a pair state does not carry: the sides' diagonals become
/// unknown (NaN), so only linear layers may follow (the readout), and normalisation runs the pair (x, x) itself
/// (<see cref="ImageKernelEvaluator"/>). The state becomes a scalar; on a scalar state it is the identity.
/// </summary>
public sealed record GlobalAveragePooling : Layer
{
    /// <summary>The shared instance.</summary>
    public static GlobalAveragePooling Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "gap";

    /// <summary>One pixel: k ↦ k.</summary>
    public override KernelState Transfer(KernelState k) => k;

    /// <summary>One pixel: k ↦ k.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => k;

    /// <summary>M ↦ (1/d²)·Σ_ij M_ij for K and Θ; the sides' diagonals become NaN (unknown).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        RequireSingle(k);
        if (k.Shape.Pixels == 1) return k with { Shape = ImageShape.Scalar };
        if (!k.Full)
            throw new ArchitectureException(this, "gap needs the full d×d per-pixel-pair tensors, but the state stores only diagonals; " +
                                                  "build it with Full = true (ImageKernelEvaluator does when the architecture has gap)");
        var all = Enumerable.Range(0, k.Entries).ToArray();
        var unknown = new double[k.Pairs];
        Array.Fill(unknown, double.NaN);
        return k with
        {
            Shape = ImageShape.Scalar,
            Nngp = ImageMaps.Mean(k.Nngp, k.Pairs, all), Var1 = unknown, Var2 = unknown,
            Ntk = k.Ntk is null ? null : ImageMaps.Mean(k.Ntk, k.Pairs, all),
            NtkVar1 = k.NtkVar1 is null ? null : unknown,
            NtkVar2 = k.NtkVar2 is null ? null : unknown,
        };
    }

    /// <summary>Only on a scalar state: the symbolic image path keeps diagonals only, and GAP needs every entry.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Shape.Pixels == 1
        ? k with { Shape = ImageShape.Scalar }
        : throw new ArchitectureException(this, "the symbolic image path keeps only diagonal entries (t_m = ⟨x_m, z_m⟩); gap needs all d² entries, " +
                                                "so it has no closed form in the t_m: use the numeric evaluator");
}
