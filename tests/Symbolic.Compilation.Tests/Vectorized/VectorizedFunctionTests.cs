using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests.Vectorized;

public sealed class VectorizedFunctionTests
{
    private static readonly Symbol t = Symbol.Of("t");

    // Cosines over [−1, 1] with both ends, the branch points of acos and points crowding t → 1, where depth
    // amplifies rounding most.
    private static double[] KernelPoints(int n) =>
        [.. Enumerable.Range(0, n).Select(i => -1 + 2.0 * i / (n - 1)), -0.5, 0.5, 0.999, 0.999999, 1 - 1e-12, Math.BitDecrement(1.0)];

    private static double[] Run(VectorizedFunction f, double[] points, int threads = 1)
    {
        var result = new double[points.Length];
        f.Evaluate(points, result, threads);
        return result;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(100)]
    public void Fc_relu_ntk_matches_the_interpreter_within_its_error_bound(int layers)
    {
        var theta = FcReluNtk.Build(t, layers).Theta;
        var points = KernelPoints(301);
        var fast = Run(theta.Vectorize(t), points);
        for (int i = 0; i < points.Length; i++)
        {
            double exact = Evaluator.Evaluate(theta, t, points[i]), bound = ErrorBound.At(theta, t, points[i]);
            Assert.True(ErrorBound.Accepts(fast[i], exact, bound),
                $"L = {layers}, t = {points[i]:R}: {fast[i]:R} vs {exact:R}, bound {bound:E2}");
            // The bound must be tight enough to mean something (measured ≤ 1.7·10⁻¹¹ relative at L = 100 for
            // |t| ≤ 0.95; it grows towards t = 1, where 1 − Σ² → 0, and is +∞ at t = ±1, where 1 − t² may round
            // below 0).
            if (Math.Abs(points[i]) <= 0.95) Assert.True(bound < 1e-10 * Math.Abs(exact), $"bound {bound:E2} at t = {points[i]:R}");
        }
        // Θ_L(1) = L: exact arguments (acos 1, 1·1, √0) are exact in the vector code too.
        Assert.Equal(layers, fast[300]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(100)]
    public void Exact_functions_equal_the_interpreter_bitwise(int layers)
    {
        var theta = FcReluNtk.Build(t, layers).Theta;
        var points = KernelPoints(101);
        var exact = Run(theta.Vectorize(t, new VectorizedOptions { ExactFunctions = true }), points);
        for (int i = 0; i < points.Length; i++) Assert.Equal(Evaluator.Evaluate(theta, t, points[i]), exact[i]);
    }

    [Fact]
    public void Depth_1000_ntk_runs_in_a_few_slots_and_matches_the_interpreter()
    {
        var theta = FcReluNtk.Build(t, 1000).Theta;
        var f = theta.Vectorize(t);
        Assert.InRange(f.SlotCount, 1, 16);
        Assert.InRange(f.InstructionCount, 1000, 20_000);
        double[] points = [-1, -0.5, 0, 0.5, 0.9, 1];
        var fast = Run(f, points);
        var exact = Run(theta.Vectorize(t, new VectorizedOptions { ExactFunctions = true }), points);
        for (int i = 0; i < points.Length; i++)
        {
            double reference = Evaluator.Evaluate(theta, t, points[i]);
            Assert.Equal(reference, exact[i]);
            Assert.True(ErrorBound.Accepts(fast[i], reference, ErrorBound.At(theta, t, points[i])), $"t = {points[i]}: {fast[i]:R} vs {reference:R}");
        }
        Assert.Equal(1000, fast[^1], 9);
    }

    [Fact]
    public void Long_sums_and_products_are_chained_in_few_slots_bitwise_as_the_interpreter()
    {
        // Arithmetic only, so even the fast mode must equal the interpreter bitwise. 2000 terms of 3 factors each
        // would need 2000 live slots if the sum were one instruction (measured: 27 chained). In sum·product − sum
        // the outer sum shares the 2000 term bodies and must add them in order after the product, which needs the
        // whole inner sum: all terms stay alive there by the evaluation order itself (measured 2009 slots).
        Expr sum = Number.Of(1, 3), product = Number.Of(-2, 7);
        for (int k = 1; k <= 2000; k++) sum += Number.Of(k, 7) * (t + k) * (t - Number.Of(1, k)) * Fn.Abs(t - Number.Of(k, 1000));
        for (int k = 1; k <= 30; k++) product *= t + Number.Of(k, 11);
        Assert.InRange(sum.Vectorize(t).SlotCount, 1, 40);
        Assert.InRange(product.Vectorize(t).SlotCount, 1, 12);
        foreach (var e in new[] { sum, product, sum * product - sum })
        {
            var f = e.Vectorize(t);
            double[] points = [-1, -0.3, 0, 0.5, 0.999, 2, double.NaN];
            var values = Run(f, points, threads: 2);
            for (int i = 0; i < points.Length; i++) Assert.Equal(Evaluator.Evaluate(e, t, points[i]), values[i]);
        }
    }

    [Fact]
    public void Results_are_identical_for_any_thread_count_chunk_size_and_batch_split()
    {
        var theta = FcReluNtk.Build(t, 10).Theta;
        var random = new Random(5);
        var points = Enumerable.Range(0, 300_001).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var reference = Run(theta.Vectorize(t), points, threads: 1);
        Assert.Equal(reference, Run(theta.Vectorize(t), points, threads: 2));
        Assert.Equal(reference, Run(theta.Vectorize(t, new VectorizedOptions { ChunkSize = 64 }), points, threads: 3));
        var f = theta.Vectorize(t, new VectorizedOptions { ChunkSize = 8 });
        Assert.Equal(reference[1000..1013], Run(f, points[1000..1013]));
        Assert.Equal(reference[^5..], Run(f, points[^5..], threads: 2));
        foreach (int threads in new[] { 1, 2 })
        {
            var inPlace = (double[])points.Clone();
            theta.Vectorize(t).Evaluate(inPlace, inPlace, threads);
            Assert.Equal(reference, inPlace);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(511)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(3 * 512 + 5)]
    public void Chunk_boundaries_do_not_change_values(int n)
    {
        var theta = FcReluNtk.Build(t, 4).Theta;
        var f = theta.Vectorize(t, new VectorizedOptions { ChunkSize = 512 });
        var points = Enumerable.Range(0, n).Select(i => Math.Sin(i + 0.5)).ToArray();
        var values = Run(f, points);
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(Run(f, [points[i]])[0], values[i]);
            Assert.True(ErrorBound.Accepts(values[i], Evaluator.Evaluate(theta, t, points[i]), ErrorBound.At(theta, t, points[i])));
        }
    }

    [Fact]
    public void Vector256_and_Vector512_agree_bitwise_on_kernels_and_scalar_width_equals_the_interpreter()
    {
        var theta = FcReluNtk.Build(t, 20).Theta;
        var points = KernelPoints(257);
        var wide = Run(theta.Vectorize(t, new VectorizedOptions { Width = VectorWidth.Vector512 }), points);
        Assert.Equal(wide, Run(theta.Vectorize(t, new VectorizedOptions { Width = VectorWidth.Vector256 }), points));
        var scalar = theta.Vectorize(t, new VectorizedOptions { Width = VectorWidth.Scalar });
        Assert.Equal(VectorWidth.Scalar, scalar.Width);
        Assert.Equal(points.Select(p => Evaluator.Evaluate(theta, t, p)), Run(scalar, points, threads: 2));
    }

    [Fact]
    public void Constant_and_identity_expressions()
    {
        double[] points = [-1, 0, 0.25, 2];
        Assert.Equal(points, Run(((Expr)t).Vectorize(t), points));
        var constant = Fn.Acos(Number.Of(1, 3)) + Constant.Pi;
        Assert.All(Run(constant.Vectorize(t), points), v => Assert.Equal(Evaluator.Evaluate(constant, t, 0), v));
    }

    [Fact]
    public void Nothing_is_clamped_cosines_above_one_give_NaN_as_in_the_interpreter()
    {
        var e = Fn.Acos(1 + t.Pow(2)) + Fn.Sqrt(t);
        var values = Run(e.Vectorize(t), [0.5, -0.5, 0, 1e-200]);
        Assert.All(values[..2], v => Assert.True(double.IsNaN(v)));
        Assert.Equal(0.0, values[2]);
        Assert.Equal(Evaluator.Evaluate(e, t, 1e-200), values[3]);
    }

    [Fact]
    public void Foreign_symbols_are_reported_without_throwing_and_misuse_throws()
    {
        var e = Fn.Acos(t * Symbol.Of("x"));
        Assert.False(VectorizedFunction.TryCreate(e, t, null, out var f, out var error));
        Assert.Null(f);
        Assert.Contains("x", error);
        Assert.Throws<ArgumentException>(() => e.Vectorize(t));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Vectorize(t, new VectorizedOptions { ChunkSize = 100 }));
        var g = ((Expr)t).Vectorize(t);
        Assert.Throws<ArgumentOutOfRangeException>(() => g.Evaluate(new double[4], new double[4], threads: 0));
        Assert.Throws<ArgumentException>(() => g.Evaluate(new double[4], new double[3]));
        var shared = new double[10];
        Assert.Throws<ArgumentException>(() => g.Evaluate(shared.AsSpan(0, 8), shared.AsSpan(2, 8)));
    }
}
