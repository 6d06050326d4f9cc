using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A circular convolution with odd filter size q (q × q on 2-D images), stride 1, in the NTK parameterisation
/// h′ = σ_w·(W ⋆ h)/√(C·q) + σ_b·β with W, β ~ N(0, 1) (conv-dense.md §1.2, §1.3: stax's Conv with W_std² = σ_w²).
/// On the per-pixel-pair tensors: K′ = σ_w²·𝒜_q K + σ_b², and Θ′ = σ_w²·𝒜_q Θ + K′ when trained (σ_w²·𝒜_q Θ when fixed),
/// where (𝒜_q M)_ij = (1/q)·Σ_{a∈A_q} M_{i+a, j+a}. On a scalar state (one pixel: after a head, or the collinear
/// reduction of §2.2) 𝒜_q is the identity and the layer acts as <see cref="Dense"/>.
/// </summary>
public sealed record Conv : Layer
{
    /// <summary>A conv of filter <paramref name="filter"/> (odd, ≥ 1), weight variance σ_w², bias variance σ_b².</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="filter"/> is even or below 1.</exception>
    public Conv(int filter, Expr weightVariance, Expr biasVariance, bool trained = true)
    {
        if (filter < 1 || filter % 2 == 0) throw new ArgumentOutOfRangeException(nameof(filter), filter, "the filter size must be odd and ≥ 1.");
        (Filter, WeightVariance, BiasVariance, Trained) = (filter, weightVariance, biasVariance, trained);
    }

    /// <summary>q, the filter size (odd).</summary>
    public int Filter { get; }

    /// <summary>σ_w².</summary>
    public Expr WeightVariance { get; }

    /// <summary>σ_b².</summary>
    public Expr BiasVariance { get; }

    /// <summary>Whether the filter and bias are trained (contribute to the NTK).</summary>
    public bool Trained { get; }

    /// <inheritdoc/>
    public override string Spec
    {
        get
        {
            var parts = new List<string> { $"q={Filter}" };
            if (!ReferenceEquals(WeightVariance, Number.One)) parts.Add($"w={ConstantText.Format(WeightVariance)}");
            if (!ReferenceEquals(BiasVariance, Number.Zero)) parts.Add($"b={ConstantText.Format(BiasVariance)}");
            if (!Trained) parts.Add("trained=false");
            return $"conv({string.Join(", ", parts)})";
        }
    }

    /// <summary>One pixel: K′ = σ_w²K + σ_b², Θ′ = σ_w²Θ + K′ if trained (the d = 1 case, as <see cref="Dense"/>).</summary>
    public override KernelState Transfer(KernelState k) => AsDense().Transfer(RequireSingle(k));

    /// <summary>One pixel: as <see cref="Dense"/>.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => AsDense().Transfer(RequireSingle(k));

    /// <summary>K′ = σ_w²·𝒜_q K + σ_b², Θ′ = σ_w²·𝒜_q Θ + K′ (trained) per stored entry; the sides' diagonals alike.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k) =>
        ImageMaps.Linear(RequireSingle(k), Filter, Values.Of(WeightVariance), Values.Of(BiasVariance), Trained);

    /// <summary>The same map on the diagonal entries (𝒜_q maps diagonals to diagonals).</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Linear(Filter, WeightVariance, BiasVariance, Trained);

    private Dense AsDense() => new(WeightVariance, BiasVariance, Trained);
}
