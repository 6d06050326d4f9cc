using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>The linear activation φ(z) = z with c_φ = 1: D = c, Ḋ = 1 (so D(a, a, a) = a). Price's identity holds.</summary>
public sealed record IdentityActivation : ClosedFormActivation
{
    /// <summary>The shared instance.</summary>
    public static IdentityActivation Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "identity";

    /// <inheritdoc/>
    public override bool IsLinear => true;

    /// <inheritdoc/>
    public override string Convention => "identity(z) = z, c = 1: D = c, Ḋ = 1";

    /// <summary>(c, 1).</summary>
    public override DualPair Duals(Expr cov, Expr var1, Expr var2) => new(cov, Number.One);

    /// <summary>(a, 1).</summary>
    public override DualPair DiagonalDuals(Expr variance) => new(variance, Number.One);

    /// <inheritdoc/>
    public override NumericDuals Evaluate(double cov, double var1, double var2) => new(cov, 1);

    /// <inheritdoc/>
    public override NumericDuals EvaluateDiagonal(double variance) => new(variance, 1);
}
