using System.Collections.Concurrent;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// Gauss–Hermite rules for the standard normal: E[f(X)] ≈ Σᵢ wᵢ·f(xᵢ), X ~ N(0, 1), exact for polynomials of degree
/// ≤ 2n − 1. Nodes are the roots of the physicists' Hermite polynomial Hₙ (found by Newton's method on the
/// orthonormal three-term recurrence, Numerical Recipes' <c>gauher</c>), scaled by √2; weights divided by √π.
/// </summary>
public sealed class GaussHermite
{
    private static readonly ConcurrentDictionary<int, GaussHermite> s_rules = new();

    private GaussHermite(double[] nodes, double[] weights) => (Nodes, Weights) = (nodes, weights);

    /// <summary>The nodes xᵢ for N(0, 1), ascending.</summary>
    public IReadOnlyList<double> Nodes { get; }

    /// <summary>The weights wᵢ (positive, summing to 1).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Largest n supported: beyond about 180 nodes the recurrence's values overflow doubles (the largest node
    /// is ≈ √(2n), where the polynomial grows like e^(x²/2)).</summary>
    public const int MaxNodes = 150;

    /// <summary>The n-point rule (cached), 1 ≤ n ≤ <see cref="MaxNodes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside [1, <see cref="MaxNodes"/>].</exception>
    public static GaussHermite Of(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, MaxNodes);
        return s_rules.GetOrAdd(n, Build);
    }

    private static GaussHermite Build(int n)
    {
        const double piToMinusQuarter = 0.7511255444649425;   // π^(−1/4)
        var x = new double[n];
        var w = new double[n];
        double z = 0;
        for (int i = 0; i < (n + 1) / 2; i++)
        {
            // Asymptotic initial guesses for the largest roots, then extrapolation from the previous two.
            z = i switch
            {
                0 => Math.Sqrt(2 * n + 1) - 1.85575 * Math.Pow(2 * n + 1, -1.0 / 6),
                1 => z - 1.14 * Math.Pow(n, 0.426) / z,
                2 => 1.86 * z - 0.86 * x[0],
                3 => 1.91 * z - 0.91 * x[1],
                _ => 2 * z - x[i - 2],
            };
            double derivative = 0;
            for (int iteration = 0; iteration < 100; iteration++)
            {
                double p1 = piToMinusQuarter, p2 = 0;
                for (int j = 1; j <= n; j++)
                {
                    double p3 = p2;
                    p2 = p1;
                    p1 = z * Math.Sqrt(2.0 / j) * p2 - Math.Sqrt((j - 1.0) / j) * p3;
                }
                derivative = Math.Sqrt(2.0 * n) * p2;
                double previous = z;
                z = previous - p1 / derivative;
                if (Math.Abs(z - previous) <= 1e-15 * Math.Max(1, Math.Abs(z))) break;
            }
            x[i] = z;
            x[n - 1 - i] = -z;
            w[i] = w[n - 1 - i] = 2 / (derivative * derivative);
        }
        var nodes = new double[n];
        var weights = new double[n];
        double sqrtPi = Math.Sqrt(Math.PI);
        for (int i = 0; i < n; i++)
        {
            nodes[i] = Math.Sqrt(2) * x[n - 1 - i];   // ascending
            weights[i] = w[n - 1 - i] / sqrtPi;
        }
        if (n % 2 == 1) nodes[n / 2] = 0;
        return new GaussHermite(nodes, weights);
    }
}
