namespace Symbolic.Spectral.Linear;

/// <summary>
/// Eigenvalues of a symmetric tridiagonal matrix by the implicit-shift QL iteration without eigenvectors (EISPACK
/// tql1 / Numerical Recipes tqli): O(n²) in all. Convergence is tested relative to the neighbouring diagonal,
/// |eₘ| ≤ ε·(|dₘ| + |dₘ₊₁|), so small eigenvalues of graded matrices are kept to high relative accuracy.
/// </summary>
internal static class TridiagonalQl
{
    private const double Epsilon = 1.1102230246251565e-16; // 2⁻⁵³, the unit round-off
    private const double Negligible = 1e-290;              // absolute floor for an input scaled to max |aᵢⱼ| ∈ [1, 2)
    private const int MaxIterationsPerEigenvalue = 60;

    /// <summary>
    /// Overwrites <paramref name="d"/> (the diagonal) with the eigenvalues, unsorted; <paramref name="e"/> holds the
    /// off-diagonal, e[i] coupling i and i + 1 (e[n − 1] is ignored) and is destroyed.
    /// </summary>
    public static void Eigenvalues(double[] d, double[] e)
    {
        int n = d.Length;
        if (n == 0) return;
        e[n - 1] = 0;
        for (int l = 0; l < n; l++)
        {
            int iterations = 0;
            while (true)
            {
                int m = l;
                for (; m < n - 1; m++)
                {
                    double magnitude = Math.Abs(e[m]);
                    if (magnitude <= Epsilon * (Math.Abs(d[m]) + Math.Abs(d[m + 1])) || magnitude <= Negligible) break;
                }
                if (m == l) break;
                if (++iterations > MaxIterationsPerEigenvalue)
                    throw new InvalidOperationException($"The tridiagonal QL iteration did not converge for eigenvalue {l} of {n}.");
                Sweep(d, e, l, m);
            }
        }
    }

    /// <summary>One implicit QL sweep on the unreduced block l…m with Wilkinson's shift (it may stop early where the block splits).</summary>
    private static void Sweep(double[] d, double[] e, int l, int m)
    {
        double g = (d[l + 1] - d[l]) / (2 * e[l]);
        double r = double.Hypot(g, 1);
        g = d[m] - d[l] + e[l] / (g + Math.CopySign(r, g));
        double s = 1, c = 1, p = 0;
        for (int i = m - 1; i >= l; i--)
        {
            double f = s * e[i], b = c * e[i];
            r = double.Hypot(f, g);
            e[i + 1] = r;
            if (r == 0)
            {
                // Underflow: the block splits at i + 1; recover and restart the search.
                d[i + 1] -= p;
                e[m] = 0;
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0;
    }
}
