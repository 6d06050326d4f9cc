using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A fully connected layer in the NTK parameterisation, h′ = σ_w·W·h/√n + σ_b·β with W, β ~ N(0, 1):
/// Σ′ = σ_w²·Σ + σ_b² (and the same map on the diagonals). When <see cref="Trained"/>, its weights and bias are
/// trained and add their gradient kernel, Θ′ = σ_w²·Θ + Σ′ (stax's Dense; fc-resnet.md §1.3 with σ_w² = 1, σ_b² = 0);
/// a fixed layer (the A and v of Huang/Belfer, fc-resnet.md §4.1) only carries the NTK through, Θ′ = σ_w²·Θ.
/// </summary>
/// <param name="WeightVariance">σ_w².</param>
/// <param name="BiasVariance">σ_b².</param>
/// <param name="Trained">Whether W and β are trained (contribute to the NTK).</param>
public sealed record Dense(Expr WeightVariance, Expr BiasVariance, bool Trained = true) : Layer
{
    /// <summary>σ_w² = 1, σ_b² = 0, trained: the Bietti–Bach / Arora layer.</summary>
    public static Dense Default { get; } = new(Number.One, Number.Zero);

    /// <summary>σ_w² = 1, σ_b² = 0, not trained: Huang/Belfer's first and last layers.</summary>
    public static Dense Fixed { get; } = new(Number.One, Number.Zero, Trained: false);

    /// <inheritdoc/>
    public override string Spec
    {
        get
        {
            var parts = new List<string>();
            if (!ReferenceEquals(WeightVariance, Number.One)) parts.Add($"w={ConstantText.Format(WeightVariance)}");
            if (!ReferenceEquals(BiasVariance, Number.Zero)) parts.Add($"b={ConstantText.Format(BiasVariance)}");
            if (!Trained) parts.Add("trained=false");
            return parts.Count == 0 ? "dense" : $"dense({string.Join(", ", parts)})";
        }
    }

    /// <summary>Σ′ = σ_w²Σ + σ_b², Θ′ = σ_w²Θ + Σ′ if trained (else σ_w²Θ), diagonals alike; output uncorrelated with siblings.</summary>
    public override KernelState Transfer(KernelState k)
    {
        RequireSingle(k);
        var (w, b) = (WeightVariance, BiasVariance);
        var nngp = w * k.Nngp + b;
        var var1 = w * k.Var1 + b;
        var var2 = ReferenceEquals(k.Var1, k.Var2) ? var1 : w * k.Var2 + b;
        return k with
        {
            Nngp = nngp,
            Var1 = var1,
            Var2 = var2,
            Ntk = Trained ? w * k.Ntk + nngp : w * k.Ntk,
            NtkVar1 = Trained ? w * k.NtkVar1 + var1 : w * k.NtkVar1,
            NtkVar2 = Trained ? w * k.NtkVar2 + var2 : w * k.NtkVar2,
            UncorrelatedDepth = k.FanOutDepth,
        };
    }

    /// <inheritdoc/>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        RequireSingle(k);
        var (w, b) = (Values.Of(WeightVariance), Values.Of(BiasVariance));
        double nngp = w * k.Nngp + b, var1 = w * k.Var1 + b, var2 = w * k.Var2 + b;
        return k with
        {
            Nngp = nngp,
            Var1 = var1,
            Var2 = var2,
            Ntk = Trained ? w * k.Ntk + nngp : w * k.Ntk,
            NtkVar1 = Trained ? w * k.NtkVar1 + var1 : w * k.NtkVar1,
            NtkVar2 = Trained ? w * k.NtkVar2 + var2 : w * k.NtkVar2,
            UncorrelatedDepth = k.FanOutDepth,
        };
    }

    /// <summary>The 1×1 conv (channel mixing) per stored entry: K′ = σ_w²K + σ_b², Θ′ = σ_w²Θ + K′ if trained (conv-dense.md §1.3).</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k) =>
        ImageMaps.Linear(RequireSingle(k), 1, Values.Of(WeightVariance), Values.Of(BiasVariance), Trained);

    /// <summary>The scalar map on every pixel's diagonal state.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Map(Transfer);
}
