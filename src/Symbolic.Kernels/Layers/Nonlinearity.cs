using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A pointwise nonlinearity φ: with (D, Ḋ) = φ's duals at (Σ, Σ(x, x), Σ(z, z)), Σ′ = D and Θ′ = Θ·Ḋ (stax; Arora et al.,
/// fc-resnet.md §1.3); the diagonals use φ's exact diagonal duals. Unless φ is linear, its output is correlated with
/// everything upstream (it has a nonzero mean), so it is no longer uncorrelated with sibling branches. On a concatenated
/// signal it acts on each part (φ([Y; y]) = [φ(Y); φ(y)]), so the kernel is the width-weighted average of the parts' duals
/// (conv-dense.md §3.3), not the dual of the average; the width is kept.
/// </summary>
/// <param name="Activation">φ.</param>
public sealed record Nonlinearity(Activation Activation) : Layer
{
    /// <inheritdoc/>
    public override bool HasClosedForm => Activation.HasClosedForm;

    /// <inheritdoc/>
    public override string Spec => Activation.Spec;

    /// <summary>Σ′ = D(Σ, a, b), Θ′ = Θ·Ḋ(Σ, a, b); Σ′(x, x) = D(a, a, a), Θ′(x, x) = Θ(x, x)·Ḋ(a, a, a).</summary>
    public override KernelState Transfer(KernelState k)
    {
        if (RequireSingle(k).IsConcatenated)
            return Concatenation.Map(k, Transfer, k with { UncorrelatedDepth = Activation.IsLinear ? k.UncorrelatedDepth : 0 });
        if (Activation is not ClosedFormActivation phi)
            throw new ArchitectureException(this, $"activation {Activation.Spec} has no closed-form dual; use the numeric path");
        var (dual, derivative) = phi.Duals(k.Nngp, k.Var1, k.Var2);
        var diagonal1 = phi.DiagonalDuals(k.Var1);
        var diagonal2 = ReferenceEquals(k.Var1, k.Var2) ? diagonal1 : phi.DiagonalDuals(k.Var2);
        return k with
        {
            Nngp = dual,
            Ntk = k.Ntk * derivative,
            Var1 = diagonal1.Dual,
            Var2 = diagonal2.Dual,
            NtkVar1 = k.NtkVar1 * diagonal1.DerivativeDual,
            NtkVar2 = k.NtkVar2 * diagonal2.DerivativeDual,
            UncorrelatedDepth = Activation.IsLinear ? k.UncorrelatedDepth : 0,
        };
    }

    /// <inheritdoc/>
    public override NumericKernelState Transfer(NumericKernelState k)
    {
        if (RequireSingle(k).IsConcatenated)
            return Concatenation.Map(k, Transfer, k with { UncorrelatedDepth = Activation.IsLinear ? k.UncorrelatedDepth : 0 });
        var duals = Activation.Evaluate(k.Nngp, k.Var1, k.Var2);
        var diagonal1 = Activation.EvaluateDiagonal(k.Var1);
        var diagonal2 = k.Var1 == k.Var2 ? diagonal1 : Activation.EvaluateDiagonal(k.Var2);
        double error = Math.Max(duals.MaxError, Math.Max(diagonal1.MaxError, diagonal2.MaxError));
        return k with
        {
            Nngp = duals.Dual,
            Ntk = k.Ntk * duals.DerivativeDual,
            Var1 = diagonal1.Dual,
            Var2 = diagonal2.Dual,
            NtkVar1 = k.NtkVar1 * diagonal1.DerivativeDual,
            NtkVar2 = k.NtkVar2 * diagonal2.DerivativeDual,
            QuadratureError = Math.Max(k.QuadratureError, error),
            UncorrelatedDepth = Activation.IsLinear ? k.UncorrelatedDepth : 0,
        };
    }
}
