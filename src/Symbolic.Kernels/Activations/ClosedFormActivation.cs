using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// An activation whose duals are known in closed form: <see cref="Duals"/> returns (D, Ḋ) as one pair of expressions
/// sharing their subterms (ρ and acos ρ are built once and interned), and <see cref="DiagonalDuals"/> gives the exact
/// values at ρ = 1 (so normalisation by K(x, x) needs no simplifier).
/// </summary>
public abstract record ClosedFormActivation : Activation
{
    /// <inheritdoc/>
    public sealed override bool HasClosedForm => true;

    /// <summary>(D, Ḋ) for covariance <paramref name="cov"/> and variances <paramref name="var1"/>, <paramref name="var2"/>.</summary>
    public abstract DualPair Duals(Expr cov, Expr var1, Expr var2);

    /// <summary>(D, Ḋ) at c = a = b (ρ = 1), in exact closed form.</summary>
    public abstract DualPair DiagonalDuals(Expr variance);
}
