using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// Multiplication of the signal by a fixed constant c (the α of a residual branch, fc-resnet.md §4.1):
/// Σ′ = c²·Σ and Θ′ = c²·Θ, diagonals alike. Linear and parameter-free, so correlations are unchanged.
/// </summary>
/// <param name="Factor">c.</param>
public sealed record Scale(Expr Factor) : Layer
{
    /// <inheritdoc/>
    public override string Spec => $"scale(c={ConstantText.Format(Factor)})";

    /// <summary>(Σ, Θ, diagonals) ↦ c²·(Σ, Θ, diagonals).</summary>
    public override KernelState Transfer(KernelState k)
    {
        RequireSingle(k);
        var c2 = Factor.Pow(2);
        var var1 = c2 * k.Var1;
        var ntkVar1 = c2 * k.NtkVar1;
        return k with
        {
            Nngp = c2 * k.Nngp,
            Ntk = c2 * k.Ntk,
            Var1 = var1,
            Var2 = ReferenceEquals(k.Var1, k.Var2) ? var1 : c2 * k.Var2,
            NtkVar1 = ntkVar1,
            NtkVar2 = ReferenceEquals(k.NtkVar1, k.NtkVar2) ? ntkVar1 : c2 * k.NtkVar2,
        };
    }

    /// <inheritdoc/>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        RequireSingle(k);
        double c = Values.Of(Factor), c2 = c * c;
        return k with { Nngp = c2 * k.Nngp, Ntk = c2 * k.Ntk, Var1 = c2 * k.Var1, Var2 = c2 * k.Var2, NtkVar1 = c2 * k.NtkVar1, NtkVar2 = c2 * k.NtkVar2 };
    }

    /// <summary>Every stored entry and diagonal times c².</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        RequireSingle(k);
        double c = Values.Of(Factor), c2 = c * c;
        return k with
        {
            Nngp = SpanMath.AffineCopy(k.Nngp, c2, 0), Var1 = SpanMath.AffineCopy(k.Var1, c2, 0), Var2 = SpanMath.AffineCopy(k.Var2, c2, 0),
            Ntk = k.Ntk is null ? null : SpanMath.AffineCopy(k.Ntk, c2, 0),
            NtkVar1 = k.NtkVar1 is null ? null : SpanMath.AffineCopy(k.NtkVar1, c2, 0),
            NtkVar2 = k.NtkVar2 is null ? null : SpanMath.AffineCopy(k.NtkVar2, c2, 0),
        };
    }

    /// <summary>The scalar map on every pixel's diagonal state.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Map(Transfer);
}
