using System.Runtime.Intrinsics;
using Symbolic.Compilation.Vectorized;

namespace Symbolic.Compilation.Tests.Vectorized;

public sealed class VectorMathTests
{
    private const int Points = 10_000_000;
    private const int Block = 1 << 16;

    public delegate void SpanFunction(ReadOnlySpan<double> x, Span<double> result);

    public static TheoryData<string> Functions => ["acos", "asin"];

    private static (SpanFunction Vector, Func<double, double> Reference) Pair(string name) => name switch
    {
        "acos" => (VectorMath.Acos, Math.Acos),
        "asin" => (VectorMath.Asin, Math.Asin),
        "atan" => (VectorMath.Atan, Math.Atan),
        _ => throw new ArgumentException(name),
    };

    // 10⁷ points over [−1, 1]: a uniform grid with both ends, random points, random points at every scale down to
    // subnormals, and the 2·10⁴ doubles nearest each of ±1, ±½ (branch switch), ±0 and ±0.975.
    private static IEnumerable<double[]> InverseTrigArguments()
    {
        var edges = new List<double>();
        foreach (double c in new[] { 1.0, -1.0, 0.5, -0.5, 0.0, -0.0, 0.975, -0.975 })
        {
            double up = c, down = c;
            for (int k = 0; k < 10_000; k++) { edges.Add(up); edges.Add(down); up = Math.BitIncrement(up); down = Math.BitDecrement(down); }
        }
        double[] inside = [.. edges.Where(x => Math.Abs(x) <= 1)];
        yield return inside;
        var random = new Random(20261123);
        int grid = (Points - inside.Length + 2) / 3;
        var buffer = new double[Block];
        for (int kind = 0; kind < 3; kind++)
            for (int start = 0; start < grid; start += Block)
            {
                int n = Math.Min(Block, grid - start);
                for (int i = 0; i < n; i++)
                    buffer[i] = kind switch
                    {
                        0 => -1 + 2.0 * (start + i) / (grid - 1),
                        1 => 2 * random.NextDouble() - 1,
                        _ => (2 * random.NextDouble() - 1) * Math.ScaleB(1, -random.Next(0, 1080)),
                    };
                yield return buffer[..n];
            }
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void Within_4_ulp_of_Math_on_ten_million_points_edges_included(string name)
    {
        var (vector, reference) = Pair(name);
        long worst = 0, count = 0;
        double worstAt = double.NaN;
        foreach (var x in InverseTrigArguments())
        {
            var result = new double[x.Length];
            vector(x, result);
            for (int i = 0; i < x.Length; i++)
            {
                long ulps = Ulps.Between(result[i], reference(x[i]));
                if (ulps > worst) (worst, worstAt) = (ulps, x[i]);
            }
            count += x.Length;
        }
        Assert.True(count >= Points, $"only {count} points");
        Assert.True(worst <= 4, $"{name}: {worst} ulp at {worstAt:R}");
    }

    [Fact]
    public void Atan_within_4_ulp_of_Math_at_every_scale_and_reduction_edge()
    {
        var random = new Random(7);
        var x = new List<double>();
        for (int i = 0; i < 1_000_000; i++) x.Add((2 * random.NextDouble() - 1) * Math.ScaleB(1, random.Next(-60, 70)));
        foreach (double c in new[] { 0.4375, 0.6875, 1.1875, 2.4375, 1.0, 0.0, Math.ScaleB(1, 66) })
        {
            double up = c, down = c;
            for (int k = 0; k < 1000; k++) { x.AddRange([up, down, -up, -down]); up = Math.BitIncrement(up); down = Math.BitDecrement(down); }
        }
        var result = new double[x.Count];
        VectorMath.Atan([.. x], result);
        for (int i = 0; i < x.Count; i++)
            Assert.True(Ulps.Between(result[i], Math.Atan(x[i])) <= 4, $"atan({x[i]:R}) = {result[i]:R}, Math {Math.Atan(x[i]):R}");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(-5e-324)]
    [InlineData(0.5)]
    [InlineData(-0.5)]
    [InlineData(double.Epsilon)]
    public void Exact_at_special_arguments(double x)
    {
        double[] input = [x], output = new double[1];
        VectorMath.Acos(input, output);
        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Acos(x)), BitConverter.DoubleToInt64Bits(output[0]));
        VectorMath.Asin(input, output);
        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Asin(x)), BitConverter.DoubleToInt64Bits(output[0]));
        VectorMath.Atan(input, output);
        Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Atan(x)), BitConverter.DoubleToInt64Bits(output[0]));
    }

    [Fact]
    public void Golden_values_at_branch_points()
    {
        Assert.Equal(0.0, Acos(1));
        Assert.Equal(Math.PI, Acos(-1));
        Assert.Equal(Math.PI / 2, Acos(0));
        Assert.Equal(Math.PI / 2, Asin(1));
        Assert.Equal(-Math.PI / 2, Asin(-1));
        Assert.True(double.IsNegative(Asin(-0.0)) && Asin(-0.0) == 0);
        Assert.True(double.IsNegative(Atan(-0.0)) && Atan(-0.0) == 0);
        Assert.Equal(Math.PI / 2, Acos(-0.0));
        Assert.Equal(Math.PI / 2, Atan(double.PositiveInfinity));
        Assert.Equal(-Math.PI / 2, Atan(double.NegativeInfinity));
        Assert.Equal(Math.PI / 4, Atan(1));

        static double Acos(double x) => VectorMath.Acos(Vector512.Create(x))[0];
        static double Asin(double x) => VectorMath.Asin(Vector512.Create(x))[0];
        static double Atan(double x) => VectorMath.Atan(Vector512.Create(x))[0];
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(1.0000000000000002)]
    [InlineData(-1.0000000000000002)]
    [InlineData(2.0)]
    [InlineData(-1e300)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NaN_outside_the_domain_and_for_NaN(double x)
    {
        double[] output = new double[3];
        VectorMath.Acos([x, x, x], output);
        Assert.All(output, v => Assert.True(double.IsNaN(v)));
        VectorMath.Asin([x, x, x], output);
        Assert.All(output, v => Assert.True(double.IsNaN(v)));
        VectorMath.Atan([x], output);
        Assert.Equal(double.IsNaN(x), double.IsNaN(output[0]));
    }

    [Fact]
    public void Both_widths_give_the_same_lanes()
    {
        var random = new Random(3);
        for (int k = 0; k < 20_000; k++)
        {
            var lanes = Enumerable.Range(0, 8).Select(_ => k % 2 == 0 ? 2.2 * random.NextDouble() - 1.1 : Math.Tan(3 * random.NextDouble() - 1.5)).ToArray();
            var wide = Vector512.Create(lanes);
            var low = Vector256.Create(lanes[..4]);
            var high = Vector256.Create(lanes[4..]);
            Assert.Equal(VectorMath.Acos(wide), Vector512.Create(VectorMath.Acos(low), VectorMath.Acos(high)));
            Assert.Equal(VectorMath.Asin(wide), Vector512.Create(VectorMath.Asin(low), VectorMath.Asin(high)));
            Assert.Equal(VectorMath.Atan(wide), Vector512.Create(VectorMath.Atan(low), VectorMath.Atan(high)));
        }
    }

    [Fact]
    public void Span_values_do_not_depend_on_position_or_length_and_may_be_computed_in_place()
    {
        var x = Enumerable.Range(0, 37).Select(i => Math.Cos(i)).ToArray();
        var whole = new double[x.Length];
        VectorMath.Acos(x, whole);
        for (int start = 0; start < x.Length; start++)
        {
            var one = new double[1];
            VectorMath.Acos(x.AsSpan(start, 1), one);
            Assert.Equal(whole[start], one[0]);
        }
        var inPlace = (double[])x.Clone();
        VectorMath.Acos(inPlace, inPlace);
        Assert.Equal(whole, inPlace);
        VectorMath.Acos([], []);
    }

    [Fact]
    public void Span_api_rejects_short_or_shifted_outputs()
    {
        var x = new double[10];
        Assert.Throws<ArgumentException>(() => VectorMath.Acos(x, new double[9]));
        Assert.Throws<ArgumentException>(() => VectorMath.Asin(x.AsSpan(0, 8), x.AsSpan(1, 8)));
    }
}
