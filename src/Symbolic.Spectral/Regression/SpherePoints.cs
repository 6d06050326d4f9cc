namespace Symbolic.Spectral.Regression;

/// <summary>Points drawn uniformly on the unit sphere S^(d−1): normalised standard Gaussian vectors (Box–Muller from a
/// seeded <see cref="Random"/>, so a seed gives the same points on every machine).</summary>
public static class SpherePoints
{
    /// <summary><paramref name="count"/> points of dimension <paramref name="dimension"/> ≥ 2, row i = point i.</summary>
    public static double[][] Uniform(int count, int dimension, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        var random = new Random(seed);
        var points = new double[count][];
        for (var i = 0; i < count; i++)
        {
            var x = new double[dimension];
            double norm;
            do
            {
                for (var j = 0; j < dimension; j++)
                {
                    var u1 = 1.0 - random.NextDouble();
                    var u2 = random.NextDouble();
                    x[j] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
                }
                norm = Math.Sqrt(x.Sum(v => v * v));
            } while (norm < 1e-12);
            for (var j = 0; j < dimension; j++) x[j] /= norm;
            points[i] = x;
        }
        return points;
    }

    /// <summary>The inner product ⟨x, z⟩, clamped to [−1, 1] (rounding may push unit vectors' products past ±1).</summary>
    public static double Cosine(double[] x, double[] z)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(z);
        var s = 0.0;
        for (var i = 0; i < x.Length; i++) s += x[i] * z[i];
        return Math.Clamp(s, -1, 1);
    }
}
