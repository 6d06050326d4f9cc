using Symbolic.Spectral.Gram;

namespace Symbolic.Spectral.Tests.Gram;

/// <summary>Deterministic points and the two-layer ReLU NTK as the elementwise map.</summary>
internal static class GramTestData
{
    public static PointSet RandomSphere(int n, int d, int seed)
    {
        var random = new Random(seed);
        var data = new double[n * d];
        for (int i = 0; i < data.Length; i++) data[i] = random.NextDouble() * 2 - 1;
        Assert.True(new PointSet(data, n, d).TryNormalize(out var normalized, out var error), error);
        return normalized;
    }

    /// <summary>Θ₂(t) = t·κ₀(t) + κ₁(t) (fc-resnet.md §9.4), scalar.</summary>
    public static double Ntk(double t) =>
        t * (1 - Math.Acos(t) / Math.PI) + (Math.Sqrt(1 - t * t) + t * (Math.PI - Math.Acos(t))) / Math.PI;

    public static void NtkMap(ReadOnlySpan<double> t, Span<double> values)
    {
        for (int i = 0; i < t.Length; i++) values[i] = Ntk(t[i]);
    }

    /// <summary>The direct definition, entry by entry with a plain dot product.</summary>
    public static double[] Direct(PointSet x, PointSet z)
    {
        var result = new double[x.Count * z.Count];
        for (int i = 0; i < x.Count; i++)
            for (int j = 0; j < z.Count; j++)
            {
                double dot = 0;
                for (int k = 0; k < x.Dimension; k++) dot += x.Row(i)[k] * z.Row(j)[k];
                result[i * z.Count + j] = Ntk(ReferenceEquals(x, z) && i == j ? 1 : Math.Clamp(dot, -1, 1));
            }
        return result;
    }
}
