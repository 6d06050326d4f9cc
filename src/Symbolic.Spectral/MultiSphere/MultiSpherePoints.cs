namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// Seeded, deterministic point sets on MS(C0, d) = (S^(C0−1))^d; a point is d·C0 numbers, pixel i at [i·C0, (i+1)·C0).
/// </summary>
public static class MultiSpherePoints
{
    /// <summary>
    /// Uniform random points: every pixel an independent normalised standard Gaussian vector (Box–Muller from a seeded
    /// <see cref="Random"/>, the same on every machine).
    /// </summary>
    public static double[][] Random(int channels, int pixels, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var points = new double[count][];
        for (var p = 0; p < count; p++)
        {
            points[p] = new double[channels * pixels];
            for (var i = 0; i < pixels; i++)
            {
                double norm;
                do
                {
                    norm = 0;
                    for (var c = 0; c < channels; c++)
                    {
                        var g = Math.Sqrt(-2 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                        points[p][i * channels + c] = g;
                        norm += g * g;
                    }
                } while (norm < 1e-24);

                for (var c = 0; c < channels; c++) points[p][i * channels + c] /= Math.Sqrt(norm);
            }
        }

        return points;
    }

    /// <summary>
    /// Quasi-uniform points on the torus MS(2, d): pixel angles θ_(p,i) = 2π·frac(sᵢ + p·gᵢ) with the R_d
    /// (generalised golden ratio) Kronecker sequence gᵢ = φ_d^(−(i+1)), φ_d the root of x^(d+1) = x + 1, and a seeded
    /// random shift s (low discrepancy: consecutive points fill the torus evenly).
    /// </summary>
    public static double[][] Kronecker(int pixels, int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var phi = 2.0;
        for (var iteration = 0; iteration < 64; iteration++) phi = Math.Pow(1 + phi, 1.0 / (pixels + 1));
        var random = new Random(seed);
        var shifts = Enumerable.Range(0, pixels).Select(_ => random.NextDouble()).ToArray();
        var points = new double[count][];
        for (var p = 0; p < count; p++)
        {
            points[p] = new double[2 * pixels];
            for (var i = 0; i < pixels; i++)
            {
                var u = shifts[i] + p * Math.Pow(phi, -(i + 1));
                var angle = 2 * Math.PI * (u - Math.Floor(u));
                points[p][2 * i] = Math.Cos(angle);
                points[p][2 * i + 1] = Math.Sin(angle);
            }
        }

        return points;
    }

    /// <summary>
    /// The n×n row-major Gram matrix K_ab = F(⟨x_(a,i), x_(b,i)⟩ for i = 0 … d−1) of an Eq kernel on MS(C0, d)
    /// points (per-pixel cosines clamped to [−1, 1]), built with one batch call per row.
    /// </summary>
    public static double[] Gram(EqKernelBatch kernel, double[][] points, int channels)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Length;
        var gram = new double[n * n];
        if (n == 0) return gram;
        var d = points[0].Length / channels;
        var cosines = new double[n * d];
        var row = new double[n];
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
                for (var i = 0; i < d; i++)
                {
                    var s = 0.0;
                    for (var c = 0; c < channels; c++) s += points[a][i * channels + c] * points[b][i * channels + c];
                    cosines[b * d + i] = Math.Clamp(s, -1, 1);
                }

            kernel(cosines, row);
            row.CopyTo(gram, a * n);
        }

        return gram;
    }
}
