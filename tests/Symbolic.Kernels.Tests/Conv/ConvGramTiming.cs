using System.Diagnostics;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;
using Xunit.Abstractions;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>
/// Measures the batched Gram path (one thread; the caller parallelises over tiles) and checks the tile's symmetry.
/// Prints the time per pair and the extrapolated time of a full 2,000-point Gram (n(n+1)/2 pairs with symmetry).
/// </summary>
public sealed class ConvGramTiming(ITestOutputHelper output)
{
    [Theory]
    [InlineData(ConvHead.Eq, 8, 2000, 100)]
    [InlineData(ConvHead.Gap, 32, 500, 4)]
    public void Gram_tile_timing(ConvHead head, int pixels, int points, int rows)
    {
        var shape = ImageShape.Line(pixels);
        var random = new Random(11);
        var data = new double[points * pixels * 3];
        for (int i = 0; i < data.Length; i++) data[i] = random.NextDouble() * 2 - 1;
        Assert.True(ImagePoints.Create(shape, 3, data).TryNormalizePixels(out var set, out _));
        var evaluator = ImageKernelEvaluator.Create(new ResCnn(4, Number.One, 3, 1, 1, head), shape, 3);
        var warm = new double[16 * 16];
        evaluator.Gram(set!, 0, 16, set!, 0, 16, KernelKind.Ntk, warm);
        var tile = new double[rows * points];
        var clock = Stopwatch.StartNew();
        evaluator.Gram(set!, 0, rows, set!, 0, points, KernelKind.Ntk, tile);
        double seconds = clock.Elapsed.TotalSeconds, perPair = seconds / tile.Length;
        output.WriteLine($"rescnn(blocks=4, head={head}) d = {pixels}, NNGP+NTK: {tile.Length} pairs in {seconds:F3} s = " +
                         $"{perPair * 1e6:F3} µs/pair; full {points}-point Gram (symmetric half) ≈ {perPair * points * (points + 1) / 2:F1} s on one core");
        for (int r = 0; r < Math.Min(rows, 16); r++)
            for (int c = 0; c < Math.Min(rows, 16); c++)
                Assert.True(Math.Abs(tile[r * points + c] - tile[c * points + r]) <= 1e-13 * Math.Abs(tile[r * points + c]), $"K[{r},{c}] ≠ K[{c},{r}]");
    }
}
