using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Images;

/// <summary>
/// The symbolic Eq path (conv-dense.md §1.2, §2.2–2.3): an Eq (or flatten) kernel depends only on the diagonal inner
/// products t_m = ⟨x_m, z_m⟩, so with unit pixels and symbols t₀…t_{d−1} the layers' diagonal transfers
/// (<see cref="Layer.Transfer(ImageKernelState)"/>) build it as one interned DAG, with the exact diagonals K(x, x), Θ(x, x)
/// travelling alongside (as in <see cref="Derivation.KernelDerivation"/>). For rescnn(blocks=1, head=eq) this is
/// [t₀ + α²κ₁(t̄)]/(1 + α²) (GP) and [t₀ + α²(κ₁(t̄) + t̄κ₀(t̄))]/(1 + 2α²) (NTK), normalised, with t̄ the patch mean.
/// </summary>
public sealed class ImageKernelDerivation
{
    private ImageKernelDerivation(Layer architecture, ImageShape shape, ImmutableArray<Symbol> variables, KernelState final) =>
        (Architecture, Shape, Variables, Final) = (architecture, shape, variables, final);

    /// <summary>The architecture derived.</summary>
    public Layer Architecture { get; }

    /// <summary>The input image shape.</summary>
    public ImageShape Shape { get; }

    /// <summary>t₀…t_{d−1} (pixel m = flat index r·w + c on 2-D images).</summary>
    public ImmutableArray<Symbol> Variables { get; }

    /// <summary>The final scalar state: the kernels in the t_m and the exact diagonals.</summary>
    public KernelState Final { get; }

    /// <summary>The symbols t_m = ⟨x_m, z_m⟩ for an image shape, named t_0, t_1, ….</summary>
    public static ImmutableArray<Symbol> Symbols(ImageShape shape) => [.. Enumerable.Range(0, shape.Pixels).Select(m => Symbol.Of($"t_{m}"))];

    /// <summary>Derives the kernels of <paramref name="architecture"/> on unit-pixel images of <paramref name="shape"/>.</summary>
    /// <exception cref="ArchitectureException">A layer has no diagonal image transfer (gap, an activation without closed
    /// form), a branch stays open, or no eq/flatten head ends the image.</exception>
    public static ImageKernelDerivation Derive(Layer architecture, ImageShape shape)
    {
        var t = Symbols(shape);
        var final = architecture.Transfer(ImageKernelState.OnMultiSphere(shape, t));
        if (final.IsBranched) throw new ArchitectureException(architecture, $"{architecture.Spec} ends with parallel branches open; close them with faninsum");
        if (final.Shape.Rank != 0)
            throw new ArchitectureException(architecture, $"{architecture.Spec} ends with a {final.Shape} image, not a kernel; add a head: eq or flatten");
        return new(architecture, shape, t, final.Pixels[0]);
    }

    /// <summary>The kernel of <paramref name="kind"/>, raw or normalised by the exact diagonal (null: Θ ≡ 0, nothing trained).</summary>
    public Expr? Kernel(KernelKind kind, bool normalized) => (kind, normalized) switch
    {
        (KernelKind.Nngp, false) => Final.Nngp,
        (KernelKind.Nngp, true) => Final.NormalizedNngp,
        (KernelKind.Ntk, false) => Final.Ntk,
        _ => Final.NormalizedNtk,
    };
}
