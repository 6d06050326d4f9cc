using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// The vectorising head (conv-dense.md §1.2, "Vec/Flatten"): a fully connected readout with independent weights per pixel,
/// scaled 1/√(C·d), so the kernel is the mean of the diagonal, (1/d)·Σ_i M_ii — Arora et al.'s CNTK-V up to the factor d.
/// It needs only diagonal entries (diagonal storage suffices) and the sides' diagonals average alike. The state becomes a
/// scalar; on a scalar state it is the identity.
/// </summary>
public sealed record Flatten : Layer
{
    /// <summary>The shared instance.</summary>
    public static Flatten Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "flatten";

    /// <summary>One pixel: k ↦ k.</summary>
    public override KernelState Transfer(KernelState k) => k;

    /// <summary>One pixel: k ↦ k.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => k;

    /// <summary>M ↦ (1/d)·Σ_i M_ii for K and Θ, and the mean over pixels of the sides' diagonals.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        RequireSingle(k);
        int d = k.Shape.Pixels, pairs = k.Pairs;
        var diagonal = Enumerable.Range(0, d).Select(k.DiagonalEntry).ToArray();
        var pixels = Enumerable.Range(0, d).ToArray();
        return k with
        {
            Shape = ImageShape.Scalar,
            Nngp = ImageMaps.Mean(k.Nngp, pairs, diagonal),
            Var1 = ImageMaps.Mean(k.Var1, pairs, pixels), Var2 = ImageMaps.Mean(k.Var2, pairs, pixels),
            Ntk = k.Ntk is null ? null : ImageMaps.Mean(k.Ntk, pairs, diagonal),
            NtkVar1 = k.NtkVar1 is null ? null : ImageMaps.Mean(k.NtkVar1, pairs, pixels),
            NtkVar2 = k.NtkVar2 is null ? null : ImageMaps.Mean(k.NtkVar2, pairs, pixels),
        };
    }

    /// <summary>The mean of the pixels' diagonal states, field by field.</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        var pixels = RequireSingle(k).Pixels;
        var state = pixels[0] with
        {
            Nngp = ImageMaps.Mean(pixels, p => p.Nngp), Ntk = ImageMaps.Mean(pixels, p => p.Ntk),
            Var1 = ImageMaps.Mean(pixels, p => p.Var1), Var2 = ImageMaps.Mean(pixels, p => p.Var2),
            NtkVar1 = ImageMaps.Mean(pixels, p => p.NtkVar1), NtkVar2 = ImageMaps.Mean(pixels, p => p.NtkVar2),
        };
        return new(ImageShape.Scalar, [state]);
    }
}
