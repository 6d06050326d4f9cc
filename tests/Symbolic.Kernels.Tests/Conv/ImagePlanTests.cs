using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;
using static Symbolic.Kernels.Tests.Conv.ConvFixture;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>
/// The compiled image plan (in-place steps, sides once per point, pooled buffers) against the layer-by-layer path that
/// <see cref="ImageKernelEvaluator.Evaluate"/> keeps, the parallel Gram driver against the serial tile, and the vector
/// ReLU duals against the scalar ones.
/// </summary>
public sealed class ImagePlanTests
{
    [Property(Arbitrary = [typeof(ImagePlanCase.Arbitraries)], MaxTest = 60, Replay = "(1234,5679)")]
    public void Compiled_gram_tiles_equal_the_single_pair_path_bitwise(ImagePlanCase c)
    {
        var evaluator = ImageKernelEvaluator.Create(c.Architecture, c.Shape, c.Channels, batchPairs: c.BatchPairs);
        Assert.True(evaluator.IsCompiled, c.ToString());
        var rows = ImagePoints.Create(c.Shape, c.Channels, c.Rows);
        var columns = ImagePoints.Create(c.Shape, c.Channels, c.Columns);
        var ntk = new double[rows.Count * columns.Count];
        var nngp = new double[ntk.Length];
        evaluator.Gram(rows, 0, rows.Count, columns, 0, columns.Count, KernelKind.Ntk, ntk);
        evaluator.Gram(rows, 0, rows.Count, columns, 0, columns.Count, KernelKind.Nngp, nngp);
        var diagonal = evaluator.Diagonal(rows, KernelKind.Ntk);
        for (int r = 0; r < rows.Count; r++)
        {
            for (int k = 0; k < columns.Count; k++)
            {
                var v = evaluator.Evaluate(rows.Point(r), columns.Point(k));
                Assert.True(v.Ntk.Equals(ntk[r * columns.Count + k]), $"{c}: Θ[{r},{k}] = {ntk[r * columns.Count + k]:R}, single pair {v.Ntk:R}");
                Assert.True(v.Nngp.Equals(nngp[r * columns.Count + k]), $"{c}: K[{r},{k}] = {nngp[r * columns.Count + k]:R}, single pair {v.Nngp:R}");
            }
            var self = evaluator.Evaluate(rows.Point(r), rows.Point(r));
            Assert.True(self.NtkXX.Equals(diagonal[r]), $"{c}: Θ(x{r}, x{r}) = {diagonal[r]:R}, single pair {self.NtkXX:R}");
        }
    }

    [Theory, InlineData(ConvHead.Eq, 7, 70), InlineData(ConvHead.Gap, 5, 67)]
    public void The_parallel_gram_equals_the_serial_tile_for_any_thread_count(ConvHead head, int pixels, int count)
    {
        var evaluator = ImageKernelEvaluator.Create(new ResCnn(2, Number.Of(1, 2), 3, 1, 3, head), ImageShape.Line(pixels), 2);
        var points = ImageGramBenchmark.RandomImages(ImageShape.Line(pixels), 2, count, 5);
        var diagonal = evaluator.Diagonal(points, KernelKind.Ntk);
        foreach (bool normalized in (bool[])[false, true])
        {
            var serial = new double[count * count];
            if (normalized) evaluator.Gram(points, 0, count, points, 0, count, KernelKind.Ntk, serial, diagonal, diagonal);
            else evaluator.Gram(points, 0, count, points, 0, count, KernelKind.Ntk, serial);
            var calls = new List<(int Done, int Total)>();
            var one = evaluator.GramParallel(points, 1, KernelKind.Ntk, normalized, (done, total) => calls.Add((done, total)));
            var two = evaluator.GramParallel(points, 2, KernelKind.Ntk, normalized);
            Assert.Equal(one, two);
            // Below the diagonal the driver mirrors K(z, x) into K(x, z): bitwise equal with diagonal storage, equal to
            // rounding with gap (the pooled mean adds the d² entries in transposed order).
            double slack = head == ConvHead.Gap ? 1e-14 * serial.Max(Math.Abs) : 0;
            for (int i = 0; i < serial.Length; i++)
                Assert.True(Math.Abs(serial[i] - two[i]) <= slack, $"entry {i}: serial {serial[i]:R}, parallel {two[i]:R}");
            Assert.Equal(3, calls.Count);                                       // 2×2 tiles of 64: (0,0), (0,1), (1,1)
            Assert.Equal([(1, 3), (2, 3), (3, 3)], calls);
            if (normalized)
                for (int i = 0; i < count; i++) Assert.Equal(1.0, two[i * count + i], 15);
        }
    }

    [Fact]
    public void The_parallel_gram_checks_its_arguments_and_honours_cancellation()
    {
        var evaluator = ImageKernelEvaluator.Create(ResCnn(1), ImageShape.Line(4), 2);
        var gp = ImageKernelEvaluator.Create(ResCnn(1), ImageShape.Line(4), 2, KernelKind.Nngp);
        var points = ImageGramBenchmark.RandomImages(ImageShape.Line(4), 2, 10, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => evaluator.GramParallel(points, 0, KernelKind.Ntk, false));
        Assert.Throws<ArgumentException>(() => evaluator.GramParallel(ImageGramBenchmark.RandomImages(ImageShape.Line(5), 2, 3, 3), 1, KernelKind.Ntk, false));
        Assert.Throws<InvalidOperationException>(() => gp.GramParallel(points, 1, KernelKind.Ntk, false));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.GramParallel(points, 2, KernelKind.Ntk, false, cancellation: cancelled.Token));
        Assert.Equal(evaluator.Evaluate(points.Point(3), points.Point(7)).Nngp, gp.GramParallel(points, 2, KernelKind.Nngp, false)[3 * 10 + 7]);
    }

    [Fact]
    public void Vector_relu_duals_are_within_a_few_ulp_of_the_scalar_duals()
    {
        var rhos = Enumerable.Range(-1000, 2001).Select(i => i / 1000.0)
            .Concat([-1, 1, 0.5, -0.5, 0.5000000000000001, 1 - 1e-13, -1 + 1e-13, 1 + 1e-14, -1 - 1e-14, 1e-300, -0.0]).ToArray();
        foreach (var (a, b) in (ReadOnlySpan<(double, double)>)[(1, 1), (2, 0.5), (0.3, 7), (0, 2), (0, 0)])
        {
            double scale = Math.Sqrt(a * b);
            var cov = rhos.Select(r => r * scale).ToArray();
            var dual = new double[cov.Length];
            var derivative = new double[cov.Length];
            Relu.Instance.Evaluate(cov, Enumerable.Repeat(a, cov.Length).ToArray(), Enumerable.Repeat(b, cov.Length).ToArray(), dual, derivative);
            for (int i = 0; i < cov.Length; i++)
            {
                var exact = Relu.Instance.Evaluate(cov[i], a, b);
                Assert.True(Math.Abs(dual[i] - exact.Dual) <= 1e-15 * Math.Max(scale, 1e-300), $"D at ρ = {rhos[i]:R}, a = {a}, b = {b}: {dual[i]:R} vs {exact.Dual:R}");
                Assert.True(Math.Abs(derivative[i] - exact.DerivativeDual) <= 1e-15, $"Ḋ at ρ = {rhos[i]:R}: {derivative[i]:R} vs {exact.DerivativeDual:R}");
            }
        }
    }

    [Fact]
    public void The_benchmark_times_the_gram_it_describes()
    {
        var architecture = ResCnn(2);
        var timing = ImageGramBenchmark.Run(architecture, ImageShape.Line(4), 3, 40, 2);
        var evaluator = ImageKernelEvaluator.Create(architecture, ImageShape.Line(4), 3);
        var gram = evaluator.GramParallel(ImageGramBenchmark.RandomImages(ImageShape.Line(4), 3, 40, 11), 1, KernelKind.Ntk, false);
        Assert.Equal(820, timing.Pairs);
        Assert.Equal(gram.Sum(), timing.Checksum);
        Assert.True(timing.Seconds > 0 && timing.CpuSeconds >= 0 && !timing.FullTensor);
        Assert.Contains("n = 40 (820 pairs), 2 thread(s)", timing.ToString(), StringComparison.Ordinal);
    }
}
