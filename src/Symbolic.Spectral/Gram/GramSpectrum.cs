using Symbolic.Spectral.Linear;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// The eigenvalues of a symmetric Gram matrix (<see cref="SymmetricEigenvalues"/>, ascending) and its condition number
/// cond = λmax/λmin. Round-off bounds what double precision can resolve: eigenvalues are accurate only to about
/// δ = n·ε·λmax (ε = 2⁻⁵²), so when λmin &lt; δ the computed cond is noise and <see cref="BelowRoundOff"/> says so;
/// <see cref="ResolvableCondition"/> = λmax/max(λmin, δ) is the largest condition number double precision can
/// certify (it equals cond when λmin is resolved).
/// </summary>
/// <param name="Eigenvalues">λ₁ ≤ … ≤ λₙ.</param>
/// <param name="Condition">λmax/λmin (infinite or negative when λmin ≤ 0).</param>
/// <param name="RoundOff">δ = n·ε·λmax.</param>
public sealed record GramSpectrum(double[] Eigenvalues, double Condition, double RoundOff)
{
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The largest n accepted (an O(n³) dense eigensolve: about 1 s at n = 2000 and 8–9 s at n = 4000 on 2 cores).</summary>
    public const int MaxSize = 4000;

    /// <summary>Whether λmin lies below the round-off level δ.</summary>
    public bool BelowRoundOff => Eigenvalues.Length > 0 && Eigenvalues[0] < RoundOff;

    /// <summary>λmax/max(λmin, δ).</summary>
    public double ResolvableCondition => Eigenvalues.Length == 0 ? double.NaN : Eigenvalues[^1] / Math.Max(Eigenvalues[0], RoundOff);

    /// <summary>
    /// λ₀ of the data, the mean normalised off-diagonal entry K_ab/√(K_aa·K_bb) over a ≠ b: the constant c₂ of the
    /// double-constant kernel (c₁ = 1, c₂) closest to this Gram matrix in the mean (conv-dense.md §2.8).
    /// </summary>
    /// <returns>The mean, or NaN when n &lt; 2 or a diagonal entry is not positive.</returns>
    public static double MeanNormalizedOffDiagonal(double[] gram, int n)
    {
        ArgumentNullException.ThrowIfNull(gram);
        if (n < 2 || (long)n * n != gram.Length) return double.NaN;
        double sum = 0;
        for (int a = 0; a < n; a++)
        {
            double daa = gram[a * n + a];
            if (!(daa > 0)) return double.NaN;
            for (int b = a + 1; b < n; b++) sum += gram[a * n + b] / Math.Sqrt(daa * gram[b * n + b]);
        }
        return sum / ((double)n * (n - 1) / 2);
    }

    /// <summary>
    /// The double-constant prediction of the condition number, cond ≈ 1 + n·λ₀/(1 − λ₀) = (c₁ + (n − 1)c₂)/(c₁ − c₂) with
    /// c₁ = 1, c₂ = λ₀: the exact condition number of an n×n Gram matrix with unit diagonal and every off-diagonal entry
    /// λ₀ (conv-dense.md §2.8). Infinite when λ₀ = 1; NaN when λ₀ is NaN.
    /// </summary>
    public static double DoubleConstantCondition(int n, double lambda0) =>
        lambda0 >= 1 ? double.PositiveInfinity : 1 + n * lambda0 / (1 - lambda0);

    /// <summary>
    /// The eigenvalues of the symmetric n×n row-major <paramref name="gram"/> (its upper triangle is read), by our own
    /// eigenvalues-only solver <see cref="SymmetricEigenvalues"/> (Householder tridiagonalisation + implicit QL, backward
    /// stable, |λ̂ − λ| ≲ n·ε·‖A‖). Not MathNet's <c>Evd</c>: its managed symmetric solver always accumulates the
    /// eigenvectors we do not need (≈ 20 s at n = 2000 against ≈ 1 s here), and its native MKL/OpenBLAS providers are
    /// not available to us.
    /// </summary>
    /// <returns>The spectrum; when an entry is NaN or infinite, every eigenvalue, the condition number and δ are NaN.</returns>
    /// <exception cref="ArgumentException">The length is not n² or n exceeds <see cref="MaxSize"/>.</exception>
    public static GramSpectrum Of(double[] gram, int n)
    {
        ArgumentNullException.ThrowIfNull(gram);
        if ((long)n * n != gram.Length) throw new ArgumentException($"{gram.Length} values are not {n}×{n}.", nameof(gram));
        if (n > MaxSize) throw new ArgumentException($"n = {n} exceeds {MaxSize}.", nameof(n));
        if (n == 0) return new GramSpectrum([], double.NaN, 0);
        if (!Array.TrueForAll(gram, double.IsFinite)) return new GramSpectrum(Enumerable.Repeat(double.NaN, n).ToArray(), double.NaN, double.NaN);
        var values = SymmetricEigenvalues.Compute(gram, n);
        double max = values[^1], min = values[0];
        return new GramSpectrum(values, max / min, n * MachineEpsilon * Math.Abs(max));
    }
}
