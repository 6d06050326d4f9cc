using MathNet.Numerics;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The Funk–Hecke eigenvalue of the monomial kernel tⁿ on S^(D−1) under the uniform probability measure
/// (conv-dense.md §2.5): μ_D(n, k) = n!·Γ(D/2) / (2ⁿ·((n−k)/2)!·Γ((n+k+D)/2)) for n ≥ k with n − k even, else 0.
/// For D = 2 it is 2⁻ⁿ·C(n, (n−k)/2), the coefficient of e^(ikθ) in cosⁿθ.
/// </summary>
public static class SphereFactor
{
    /// <summary>μ_D(n, k) for D ≥ 2, n ≥ 0, k ≥ 0 (log-gamma form; relative error ~1e-14 for n ≤ 10⁴).</summary>
    public static double Mu(int dimension, int n, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k > n || (n - k) % 2 != 0) return 0;
        var log = SpecialFunctions.FactorialLn(n) + SpecialFunctions.GammaLn(dimension / 2.0) - n * Math.Log(2)
                  - SpecialFunctions.FactorialLn((n - k) / 2) - SpecialFunctions.GammaLn((n + k + dimension) / 2.0);
        return Math.Exp(log);
    }

    /// <summary>The table μ_D(n, k) for 0 ≤ n ≤ N, 0 ≤ k ≤ K, indexed [n, k].</summary>
    public static double[,] Table(int dimension, int maxPower, int maxFrequency)
    {
        var table = new double[maxPower + 1, maxFrequency + 1];
        for (var n = 0; n <= maxPower; n++)
            for (var k = 0; k <= maxFrequency; k++) table[n, k] = Mu(dimension, n, k);
        return table;
    }
}
