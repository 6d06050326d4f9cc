using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// ReLU φ(z) = max(z, 0) with c_φ = 2 (He / Arora et al. normalisation; fc-resnet.md §1.1): with ρ = c/√(ab),
/// D = 2E[relu(u)relu(v)] = √(ab)·κ₁(ρ) and Ḋ = 2E[𝟙(u &gt; 0)𝟙(v &gt; 0)] = κ₀(ρ). Variance preserving: D(a, a, a) = a,
/// Ḋ = 1 on the diagonal. Price's identity ∂D/∂c = Ḋ holds (κ₁′ = κ₀).
/// </summary>
public sealed record Relu : ClosedFormActivation
{
    /// <summary>The shared instance.</summary>
    public static Relu Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "relu";

    /// <inheritdoc/>
    public override string Convention => "relu(z) = max(z, 0), c = 2: D = √(ab)·κ₁(ρ), Ḋ = κ₀(ρ) (fc-resnet.md §1.1)";

    /// <summary>(√(ab)·κ₁(ρ), κ₀(ρ)); ρ, acos ρ and κ₀ are built once and shared by both.</summary>
    public override DualPair Duals(Expr cov, Expr var1, Expr var2)
    {
        var scale = GaussianPair.Scale(var1, var2);
        var rho = GaussianPair.Correlation(cov, scale);
        var kappa0 = ArcCosine.Kappa0(rho);
        return new(scale * ArcCosine.Kappa1(rho, kappa0), kappa0);
    }

    /// <summary>(a, 1): κ₁(1) = κ₀(1) = 1.</summary>
    public override DualPair DiagonalDuals(Expr variance) => new(variance, Number.One);

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2)
    {
        double scale = GaussianPair.Scale(var1, var2);
        double rho = GaussianPair.Correlation(cov, scale);
        return new(scale * ArcCosine.Kappa1(rho), ArcCosine.Kappa0(rho));
    }

    /// <summary>(√(ab)·κ₁(ρ), κ₀(ρ)) elementwise, ρ snapped as in <see cref="GaussianPair.Correlation(double, double)"/>, four
    /// lanes at a time with a vector acos within 4 ulp of <see cref="Math.Acos"/>; every element takes the same arithmetic
    /// whatever its position, so batches of any size agree bitwise.</summary>
    public override double Evaluate(ReadOnlySpan<double> cov, ReadOnlySpan<double> var1, ReadOnlySpan<double> var2, Span<double> dual, Span<double> derivativeDual)
    {
        VectorRelu.Evaluate(cov, var1, var2, dual, derivativeDual);
        return 0;
    }

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance) => new(variance, 1);
}
