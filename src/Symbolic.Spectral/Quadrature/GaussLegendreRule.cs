using System.Collections.Immutable;

namespace Symbolic.Spectral.Quadrature;

/// <summary>
/// The n-point Gauss–Legendre rule on [−1, 1]: ∫₋₁¹ f(x) dx ≈ Σᵢ wᵢ f(xᵢ), exact for polynomials of degree ≤ 2n − 1.
/// Nodes are the zeros of the Legendre polynomial Pₙ, weights wᵢ = 2 / ((1 − xᵢ²) Pₙ′(xᵢ)²).
/// </summary>
/// <remarks>
/// Written here rather than taken from MathNet because MathNet's <c>GaussLegendreRule</c> is accurate to about 1e-15
/// only for its tabulated orders (n ≤ 37 and a few others up to 1024); other orders are computed and lose five to six
/// digits (Σw − 2 ≈ 4e-10 at n = 513 and n = 1025; TOOLCHAIN.md §1a), while Mercer spectra up to degree 1000 need
/// about 4000 nodes.
/// Method: Newton's iteration on the angle φ with x = cos φ, evaluating Pₙ(cos φ) and dPₙ/dφ by the three-term
/// recurrence (<see cref="LegendreNewton"/>, all nodes per sweep), started from Tricomi's asymptotic guess
/// (Abramowitz–Stegun 22.16.6). Working in φ keeps 1 ± xᵢ = 2cos²(φᵢ/2), 2sin²(φᵢ/2) to full relative accuracy near
/// the end points, and the weight is 2 / (dPₙ/dφ)². Against 40-digit references the nodes are correct to 1 ulp and
/// the weights to about 1e-14 relative at n = 4128. Cost O(n²): about 20 ms at n = 4000 and 1 s at n = 4·10⁴.
/// </remarks>
public sealed class GaussLegendreRule
{
    /// <summary>The largest order accepted by <see cref="Create"/> (the O(n²) construction takes seconds beyond).</summary>
    public const int MaxOrder = 50_000;

    private GaussLegendreRule(ImmutableArray<double> abscissas, ImmutableArray<double> weights,
        ImmutableArray<double> distancesFromLeft)
    {
        Abscissas = abscissas;
        Weights = weights;
        DistancesFromLeft = distancesFromLeft;
    }

    /// <summary>The number of nodes n.</summary>
    public int Order => Abscissas.Length;

    /// <summary>The nodes x₁ &lt; … &lt; xₙ in (−1, 1), symmetric: xₙ₊₁₋ᵢ = −xᵢ exactly.</summary>
    public ImmutableArray<double> Abscissas { get; }

    /// <summary>The weights wᵢ &gt; 0, symmetric; Σ wᵢ = 2.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>
    /// 1 + xᵢ to full relative accuracy (not the rounded sum), so that nodes mapped to [a, b] keep their relative
    /// accuracy near a; by symmetry 1 − xᵢ is <c>DistancesFromLeft[n − 1 − i]</c>.
    /// </summary>
    public ImmutableArray<double> DistancesFromLeft { get; }

    /// <summary>Builds the n-point rule, 1 ≤ n ≤ <see cref="MaxOrder"/>.</summary>
    public static GaussLegendreRule Create(int order)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(order, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(order, MaxOrder);

        // Zeros in the right half, x = cos φ with φ ∈ (0, π/2], counted from x = 1; the middle zero of an odd rule is
        // φ = π/2 (x = 0 exactly). The left half follows by symmetry.
        var half = (order + 1) / 2;
        var angles = new double[half];
        for (var i = 0; i < half; i++) angles[i] = InitialAngle(order, i);
        var slopes = LegendreNewton.Refine(order, angles, fixedLast: order % 2 == 1);

        var x = new double[order];
        var w = new double[order];
        var left = new double[order];
        for (var i = 0; i < half; i++)
        {
            var phi = angles[i];
            var middle = order % 2 == 1 && i == half - 1;
            int right = order - 1 - i, mirror = i;
            x[right] = middle ? 0.0 : Math.Cos(phi);
            x[mirror] = -x[right];
            w[right] = w[mirror] = 2 / (slopes[i] * slopes[i]); // wᵢ = 2 / (dPₙ/dφ)²
            var sineHalf = Math.Sin(phi / 2);
            var cosineHalf = Math.Cos(phi / 2);
            left[right] = middle ? 1 : 2 * cosineHalf * cosineHalf; // 1 + cos φ
            left[mirror] = middle ? 1 : 2 * sineHalf * sineHalf;    // 1 − cos φ
        }

        return new GaussLegendreRule([.. x], [.. w], [.. left]);
    }

    /// <summary>∫ₐᵇ f(x) dx ≈ ((b − a)/2) Σᵢ wᵢ f(a + (b − a)(1 + xᵢ)/2).</summary>
    public double Integrate(Func<double, double> f, double a, double b)
    {
        ArgumentNullException.ThrowIfNull(f);
        var halfLength = (b - a) / 2;
        var sum = 0.0;
        for (var i = 0; i < Order; i++)
            sum += Weights[i] * f(a + halfLength * DistancesFromLeft[i]);
        return halfLength * sum;
    }

    /// <summary>
    /// Tricomi's guess for the angle of the i-th zero (from x = 1, i from 0) of Pₙ:
    /// xᵢ ≈ (1 − 1/(8n²) + 1/(8n³)) cos(π(4i + 3)/(4n + 2)) (Abramowitz–Stegun 22.16.6); exactly π/2 for the middle zero.
    /// </summary>
    private static double InitialAngle(int n, int i)
    {
        if (n % 2 == 1 && i == n / 2) return Math.PI / 2;
        var phi0 = Math.PI * (4 * i + 3) / (4.0 * n + 2);
        var guess = (1 - 1.0 / (8.0 * n * n) + 1.0 / (8.0 * n * n * n)) * Math.Cos(phi0);
        return Math.Acos(Math.Clamp(guess, -1, 1));
    }
}
