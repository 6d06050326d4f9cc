using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A residual block x ↦ x + α·f(x), as stax composes it: FanOut(2) → Parallel(Serial(f, Scale(α)), Identity) → FanInSum.
/// Hence Σ′ = Σ + α²·Σ_f and Θ′ = Θ + α²·Θ_f, which with f = dense → relu → dense (both trained) is the Huang/Belfer
/// recursion of fc-resnet.md §4.2: K_ℓ = K_{ℓ−1} + α²√(K K′)κ₁(ρ), Θ_ℓ = Θ_{ℓ−1}(1 + α²κ₀(ρ)) + α²[√(K K′)κ₁ + Kκ₀].
/// The branch must end uncorrelated with x (e.g. with a dense layer); otherwise E[x·f(z)] ≠ 0 and the sum is not exact.
/// </summary>
/// <param name="Branch">f.</param>
/// <param name="Alpha">α.</param>
public sealed record Residual(Layer Branch, Expr Alpha) : Layer
{
    /// <inheritdoc/>
    public override bool HasClosedForm => Branch.HasClosedForm;

    /// <inheritdoc/>
    public override string Spec => $"residual({Branch.Spec}, alpha={ConstantText.Format(Alpha)})";

    /// <summary>Σ′ = Σ + α²Σ_f, Θ′ = Θ + α²Θ_f (and the diagonals), through FanOut/Parallel/FanInSum.</summary>
    public override KernelState Transfer(KernelState k)
    {
        var split = new FanOut(2).Transfer(RequireSingle(k));
        var both = Paths().Transfer(split);
        if (both.Branches[0].UncorrelatedDepth < both.Branches[0].FanOutDepth) throw Correlated();
        return FanInSum.Instance.Transfer(both);
    }

    /// <summary>Σ′ = Σ + α²Σ_f, Θ′ = Θ + α²Θ_f (and the diagonals), through FanOut/Parallel/FanInSum.</summary>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        var split = new FanOut(2).Transfer(RequireSingle(k));
        var both = Paths().Transfer(split);
        if (both.Branches[0].UncorrelatedDepth < both.Branches[0].FanOutDepth) throw Correlated();
        return FanInSum.Instance.Transfer(both);
    }

    /// <summary>K′ = K + α²K_f, Θ′ = Θ + α²Θ_f per stored entry, through FanOut/Parallel/FanInSum (conv-dense.md §2.2).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        var split = new FanOut(2).Transfer(RequireSingle(k));
        var both = Paths().Transfer(split);
        if (both.Branches[0].UncorrelatedDepth < both.Branches[0].FanOutDepth) throw Correlated();
        return FanInSum.Instance.Transfer(both);
    }

    /// <summary>K′ = K + α²K_f, Θ′ = Θ + α²Θ_f per pixel, through FanOut/Parallel/FanInSum.</summary>
    public override ImageKernelState Transfer(ImageKernelState k)
    {
        var split = new FanOut(2).Transfer(RequireSingle(k));
        var both = Paths().Transfer(split);
        var branch = both.Pixels[0].Branches[0];
        if (branch.UncorrelatedDepth < branch.FanOutDepth) throw Correlated();
        return FanInSum.Instance.Transfer(both);
    }

    private Parallel Paths() => new([new Serial([Branch, new Scale(Alpha)]), Identity.Instance]);

    private ArchitectureException Correlated() => new(this,
        $"the branch of residual must end uncorrelated with its skip path (e.g. with a dense layer), but {Branch.Spec} does not: " +
        "the kernel of x + α·f(x) is Σ + α²Σ_f only when E[x·f(z)] = 0");
}
