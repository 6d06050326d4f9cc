namespace Symbolic.Kernels.Activations;

/// <summary>
/// A pointwise nonlinearity φ seen through its Gaussian duals (stax's <c>nngp_ntk_fn</c>): for (u, v) ~ N(0, [[a, c], [c, b]])
/// it maps the covariance (c, a, b) to D = c_φ·E[φ(u)φ(v)] and Ḋ = c_φ·E[φ′(u)φ′(v)], where c_φ is the activation's
/// stated normalisation. Every activation has a numeric path (<see cref="Evaluate(double, double, double)"/>); those with a closed form derive
/// from <see cref="ClosedFormActivation"/> and also give the duals as expressions.
/// </summary>
/// <remarks>Layers are data: activations are records, printable (<see cref="ToString"/> is the spec text) and comparable.</remarks>
public abstract record Activation
{
    /// <summary>The spec name, e.g. <c>relu</c> or <c>abrelu(a=0, b=1)</c>; parseable by the architecture grammar.</summary>
    public abstract string Spec { get; }

    /// <summary>Whether the duals are known as expressions (otherwise only the numeric path exists).</summary>
    public abstract bool HasClosedForm { get; }

    /// <summary>Whether φ is linear (φ(z) = c·z): its output then keeps the correlation structure of its input (a zero-mean
    /// branch stays uncorrelated with its siblings), as the identity layer does.</summary>
    public virtual bool IsLinear => false;

    /// <summary>One line stating φ and the normalisation c_φ used, for derivation output and <c>--help</c>.</summary>
    public abstract string Convention { get; }

    /// <summary>(D, Ḋ) at covariance c and variances a, b, as doubles; ρ = c/√(ab) is clamped to [−1, 1] against rounding.</summary>
    public abstract NumericDuals Evaluate(double cov, double var1, double var2);

    /// <summary>(D, Ḋ) on the diagonal, i.e. at c = a = b (ρ = 1): the next variance and the NTK diagonal factor.</summary>
    public abstract NumericDuals EvaluateDiagonal(double variance);

    /// <summary>
    /// (D, Ḋ) elementwise over spans (the batched image kernels, conv-dense.md §2.2: P_ij = Φ(Σ_xx[i,i], Σ_zz[j,j], Σ_xz[i,j])),
    /// written to <paramref name="dual"/> and <paramref name="derivativeDual"/>; returns the largest error estimate.
    /// Closed forms override this with a tight loop.
    /// </summary>
    public virtual double Evaluate(ReadOnlySpan<double> cov, ReadOnlySpan<double> var1, ReadOnlySpan<double> var2, Span<double> dual, Span<double> derivativeDual)
    {
        double error = 0;
        for (int i = 0; i < cov.Length; i++)
        {
            var duals = Evaluate(cov[i], var1[i], var2[i]);
            dual[i] = duals.Dual;
            derivativeDual[i] = duals.DerivativeDual;
            error = Math.Max(error, duals.MaxError);
        }
        return error;
    }

    /// <summary>The spec text.</summary>
    public sealed override string ToString() => Spec;
}
