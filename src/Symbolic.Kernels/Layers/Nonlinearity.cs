using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// A pointwise nonlinearity φ: with (D, Ḋ) = φ's duals at (Σ, Σ(x, x), Σ(z, z)), Σ′ = D and Θ′ = Θ·Ḋ (stax; Arora et al.,
/// fc-resnet.md §1.3); the diagonals use φ's exact diagonal duals. Unless φ is linear, its output is correlated with
/// everything upstream (it has a nonzero mean), so it is no longer uncorrelated with sibling branches.
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
        RequireSingle(k);
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
        RequireSingle(k);
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

    /// <summary>
    /// Elementwise duals with per-entry variances (conv-dense.md §2.2–2.3): K′_ij = D(K_ij, K_xx[i,i], K_zz[j,j]),
    /// Θ′_ij = Θ_ij·Ḋ(…); the sides' diagonals use the diagonal duals. The duals run over spans of pairs.
    /// </summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k)
    {
        RequireSingle(k);
        if (double.IsNaN(k.Var1[0]) || double.IsNaN(k.Var2[0]))
            throw new ArchitectureException(this, $"{Spec} after gap needs the pooled kernel K(x, x), which needs the full (x, x) tensor " +
                                                  "the pair state does not carry; only linear layers (dense, scale) may follow gap");
        int pairs = k.Pairs;
        var nngp = new double[k.Nngp.Length];
        var ntk = k.TracksNtk ? new double[k.Nngp.Length] : null;
        var derivative = new double[pairs];
        double error = k.QuadratureError;
        for (int e = 0; e < k.Entries; e++)
        {
            var (i, j) = k.PixelsOf(e);
            var range = (e * pairs, pairs);
            error = Math.Max(error, Activation.Evaluate(k.Nngp.AsSpan(range.Item1, pairs), k.Var1.AsSpan(i * pairs, pairs), k.Var2.AsSpan(j * pairs, pairs),
                nngp.AsSpan(range.Item1, pairs), derivative));
            if (ntk is null) continue;
            var theta = k.Ntk.AsSpan(range.Item1, pairs);
            var output = ntk.AsSpan(range.Item1, pairs);
            for (int p = 0; p < pairs; p++) output[p] = theta[p] * derivative[p];
        }
        var (var1, ntkVar1, error1) = Diagonal(k.Var1, k.NtkVar1);
        var (var2, ntkVar2, error2) = Diagonal(k.Var2, k.NtkVar2);
        return k with
        {
            Nngp = nngp, Ntk = ntk, Var1 = var1, Var2 = var2, NtkVar1 = ntkVar1, NtkVar2 = ntkVar2,
            QuadratureError = Math.Max(error, Math.Max(error1, error2)),
            UncorrelatedDepth = Activation.IsLinear ? k.UncorrelatedDepth : 0,
        };
    }

    /// <summary>The scalar map on every pixel's diagonal state.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => RequireSingle(k).Map(Transfer);

    private (double[] Var, double[]? NtkVar, double Error) Diagonal(double[] variance, double[]? ntkVariance)
    {
        var next = new double[variance.Length];
        var nextNtk = ntkVariance is null ? null : new double[variance.Length];
        double error = 0;
        for (int i = 0; i < variance.Length; i++)
        {
            var duals = Activation.EvaluateDiagonal(variance[i]);
            next[i] = duals.Dual;
            if (nextNtk is not null) nextNtk[i] = ntkVariance![i] * duals.DerivativeDual;
            error = Math.Max(error, duals.MaxError);
        }
        return (next, nextNtk, error);
    }
}
