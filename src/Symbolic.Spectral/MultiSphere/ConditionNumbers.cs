namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// Condition numbers of kernel Gram matrices and their double-constant predictions (conv-dense.md §2.8).
/// </summary>
public static class ConditionNumbers
{
    /// <summary>
    /// A double-constant Gram (K(x, x) = c₁, K(x, z) = c₂ for x ≠ z) has eigenvalues c₁ + (n−1)c₂ (once) and c₁ − c₂
    /// (n − 1 times), so cond = (c₁ + (n − 1)c₂)/(c₁ − c₂).
    /// </summary>
    public static double DoubleConstant(double diagonal, double offDiagonal, int n) =>
        (diagonal + (n - 1) * offDiagonal) / (diagonal - offDiagonal);

    /// <summary>
    /// The large-n prediction cond ≈ 1 + n·λ₀/(1 − λ₀) for a normalised kernel, with λ₀ = E_z K(x, z) the eigenvalue of
    /// the constant eigenfunction (the k = 0 eigenvalue); it is <see cref="DoubleConstant"/> with c₁ = 1, c₂ = λ₀, up to
    /// the −λ₀ in the numerator.
    /// </summary>
    public static double LargeN(double constantEigenvalue, int n) => 1 + n * constantEigenvalue / (1 - constantEigenvalue);

    /// <summary>
    /// The lower bound for unit-diagonal Grams: cond ≥ (1 + (n − 1)·mean_(a≠b)K_ab)/(1 − max_(a≠b)K_ab) (§2.8).
    /// </summary>
    public static double LowerBound(double[] gram, int n)
    {
        ArgumentNullException.ThrowIfNull(gram);
        double sum = 0, max = double.NegativeInfinity;
        for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
            {
                if (a == b) continue;
                sum += gram[a * n + b];
                max = Math.Max(max, gram[a * n + b]);
            }

        return (1 + (n - 1) * sum / ((double)n * (n - 1))) / (1 - max);
    }
}
