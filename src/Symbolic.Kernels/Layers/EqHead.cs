using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// The shift-equivariant head (conv-dense.md §1.2, "Eq"): the network's output is one pixel i₀ of the final feature map,
/// so the kernel is M_{i₀, i₀} of each per-pixel-pair tensor, and the sides' diagonals are K_xx[i₀, i₀], K_zz[i₀, i₀].
/// It needs only diagonal entries, so architectures ending in it run in diagonal storage, O(L·d·q) per pair. The state
/// becomes a scalar (dense layers after it are the readout). On a scalar state it is the identity.
/// </summary>
/// <param name="Pixel">i₀ (flat index r·w + c on 2-D images).</param>
public sealed record EqHead(int Pixel = 0) : Layer
{
    /// <inheritdoc/>
    public override string Spec => Pixel == 0 ? "eq" : $"eq(pixel={Pixel})";

    /// <summary>One pixel: k ↦ k.</summary>
    public override KernelState Transfer(KernelState k) => k;

    /// <summary>One pixel: k ↦ k.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => k;

    /// <summary>M ↦ M_{i₀, i₀} for K, Θ and the sides.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        RequireSingle(k);
        if (k.Shape.Rank == 0) return k;
        CheckPixel(k.Shape);
        int pairs = k.Pairs, e = k.DiagonalEntry(Pixel);
        double[] Slice(double[] a, int index) => a.AsSpan(index * pairs, pairs).ToArray();
        return k with
        {
            Shape = ImageShape.Scalar,
            Nngp = Slice(k.Nngp, e), Var1 = Slice(k.Var1, Pixel), Var2 = Slice(k.Var2, Pixel),
            Ntk = k.Ntk is null ? null : Slice(k.Ntk, e),
            NtkVar1 = k.NtkVar1 is null ? null : Slice(k.NtkVar1, Pixel),
            NtkVar2 = k.NtkVar2 is null ? null : Slice(k.NtkVar2, Pixel),
        };
    }

    /// <summary>The state of pixel i₀.</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        RequireSingle(k);
        if (k.Shape.Rank == 0) return k;
        CheckPixel(k.Shape);
        return new(ImageShape.Scalar, [k.Pixels[Pixel]]);
    }

    private void CheckPixel(ImageShape shape)
    {
        if (Pixel < 0 || Pixel >= shape.Pixels)
            throw new ArchitectureException(this, $"{Spec} reads pixel {Pixel}, but the image ({shape}) has {shape.Pixels} pixels");
    }
}
