using MathNet.Numerics.LinearAlgebra;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// The eigenvalues of a symmetric Gram matrix (MathNet's symmetric eigensolver, ascending) and its condition number
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

    /// <summary>The largest n accepted (an O(n³) dense eigensolve; n = 3000 takes tens of seconds).</summary>
    public const int MaxSize = 4000;

    /// <summary>Whether λmin lies below the round-off level δ.</summary>
    public bool BelowRoundOff => Eigenvalues.Length > 0 && Eigenvalues[0] < RoundOff;

    /// <summary>λmax/max(λmin, δ).</summary>
    public double ResolvableCondition => Eigenvalues.Length == 0 ? double.NaN : Eigenvalues[^1] / Math.Max(Eigenvalues[0], RoundOff);

    /// <summary>Eigen-decomposes the symmetric n×n row-major <paramref name="gram"/>.</summary>
    /// <exception cref="ArgumentException">The length is not n² or n exceeds <see cref="MaxSize"/>.</exception>
    public static GramSpectrum Of(double[] gram, int n)
    {
        ArgumentNullException.ThrowIfNull(gram);
        if ((long)n * n != gram.Length) throw new ArgumentException($"{gram.Length} values are not {n}×{n}.", nameof(gram));
        if (n > MaxSize) throw new ArgumentException($"n = {n} exceeds {MaxSize}.", nameof(n));
        if (n == 0) return new GramSpectrum([], double.NaN, 0);
        // Row-major symmetric data read as column-major is the same matrix.
        var matrix = Matrix<double>.Build.Dense(n, n, gram);
        var evd = matrix.Evd(Symmetricity.Symmetric);
        var values = evd.EigenValues.Select(c => c.Real).Order().ToArray();
        double max = values[^1], min = values[0];
        return new GramSpectrum(values, max / min, n * MachineEpsilon * Math.Abs(max));
    }
}
