using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The step φ(z) = H(z) (Heaviside) with c_φ = 2: D = 2P(u &gt; 0, v &gt; 0) = κ₀(ρ) (fc-resnet.md §1.1), so D = 1 on the
/// diagonal. φ′ = 0 almost everywhere, so Ḋ = 0: no gradient flows through a step and the NTK of the layers below it
/// is cut off. Price's identity ∂D/∂c = Ḋ does NOT hold here (the distributional derivative δ is not a gradient).
/// </summary>
public sealed record Step : ClosedFormActivation
{
    /// <summary>The shared instance.</summary>
    public static Step Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "step";

    /// <inheritdoc/>
    public override string Convention => "step(z) = H(z), c = 2: D = κ₀(ρ), Ḋ = 0 (φ′ = 0 a.e.)";

    /// <summary>(κ₀(ρ), 0).</summary>
    public override DualPair Duals(Expr cov, Expr var1, Expr var2)
    {
        var rho = GaussianPair.Correlation(cov, GaussianPair.Scale(var1, var2));
        return new(ArcCosine.Kappa0(rho), Number.Zero);
    }

    /// <summary>(1, 0).</summary>
    public override DualPair DiagonalDuals(Expr variance) => new(Number.One, Number.Zero);

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2) =>
        new(ArcCosine.Kappa0(GaussianPair.Correlation(cov, GaussianPair.Scale(var1, var2))), 0);

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance) => new(1, 0);
}
