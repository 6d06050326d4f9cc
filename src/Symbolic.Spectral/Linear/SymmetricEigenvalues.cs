namespace Symbolic.Spectral.Linear;

/// <summary>
/// Eigenvalues only of a dense real symmetric matrix: Householder reduction to tridiagonal form (4/3·n³ flops, SIMD,
/// two threads for large trailing blocks), then the implicit-shift QL iteration on the tridiagonal matrix (O(n²)).
/// Backward stable: the computed λ̂ are the exact eigenvalues of A + E with ‖E‖₂ = O(n·ε·‖A‖₂), so
/// |λ̂ᵢ − λᵢ| ≲ n·ε·‖A‖₂ (Weyl), ε = 2⁻⁵². Used by the Gram spectra of conv-dense.md §2.8.
/// </summary>
public static class SymmetricEigenvalues
{
    /// <summary>
    /// The eigenvalues λ₁ ≤ … ≤ λₙ of the symmetric n×n matrix A given row-major in <paramref name="rowMajor"/>. Only
    /// the upper triangle (aᵢⱼ, j ≥ i) is read; the lower one is taken to mirror it. The input is not modified; A is
    /// scaled by a power of two (exact) so that max |aᵢⱼ| ∈ [1, 2) and the eigenvalues scaled back.
    /// </summary>
    /// <exception cref="ArgumentException">n &lt; 0, the length is not n², or an entry of the upper triangle is NaN or infinite.</exception>
    public static double[] Compute(double[] rowMajor, int n)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if ((long)n * n != rowMajor.Length) throw new ArgumentException($"{rowMajor.Length} values are not {n}×{n}.", nameof(rowMajor));
        double maxAbs = MaxAbsUpper(rowMajor, n);
        var eigenvalues = new double[n];
        if (maxAbs == 0) return eigenvalues;

        int exponent = Math.ILogB(maxAbs);
        double scale = Math.ScaleB(1, -exponent);
        var a = new double[rowMajor.Length];
        for (int i = 0; i < n; i++)
        {
            int start = i * n + i;
            for (int j = start; j < (i + 1) * n; j++) a[j] = rowMajor[j] * scale;
        }
        var offDiagonal = new double[n];
        HouseholderTridiagonal.Reduce(a, n, eigenvalues, offDiagonal);
        TridiagonalQl.Eigenvalues(eigenvalues, offDiagonal);
        Array.Sort(eigenvalues);
        for (int i = 0; i < n; i++) eigenvalues[i] = Math.ScaleB(eigenvalues[i], exponent);
        return eigenvalues;
    }

    private static double MaxAbsUpper(double[] rowMajor, int n)
    {
        double max = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i; j < n; j++)
            {
                double x = rowMajor[i * n + j];
                if (!double.IsFinite(x))
                    throw new ArgumentException($"Entry ({i}, {j}) is {x.ToString(System.Globalization.CultureInfo.InvariantCulture)}; a symmetric eigenproblem needs finite entries.", nameof(rowMajor));
                max = Math.Max(max, Math.Abs(x));
            }
        }
        return max;
    }
}
