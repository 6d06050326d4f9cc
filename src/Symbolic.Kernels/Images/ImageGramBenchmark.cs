using System.Diagnostics;

namespace Symbolic.Kernels.Images;

/// <summary>
/// Times the full Gram of an image architecture (conv-dense.md §2.2–2.3) on n random multi-sphere images (every pixel a
/// uniform random unit vector in R^C₀, fixed seed) with <see cref="ImageKernelEvaluator.GramParallel"/>: a warm-up Gram on
/// a few points, then the best of <c>repetitions</c> runs, wall clock and process CPU time. For <c>symbolic bench</c>.
/// </summary>
public static class ImageGramBenchmark
{
    /// <summary>
    /// The timing of the n×n Gram (raw NTK, or the NNGP when <paramref name="kind"/> is <see cref="KernelKind.Nngp"/>) of
    /// <paramref name="architecture"/> on <paramref name="points"/> images of <paramref name="shape"/> with
    /// <paramref name="channels"/> channels, on <paramref name="threads"/> threads (<paramref name="batchPairs"/>: see
    /// <see cref="ImageKernelEvaluator.Create"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The counts are below 1 or the shape is a scalar.</exception>
    /// <exception cref="ArchitectureException">The architecture has no image kernel (see <see cref="ImageKernelEvaluator.Create"/>).</exception>
    public static ImageGramTiming Run(Layer architecture, ImageShape shape, int channels, int points, int threads,
                                      KernelKind kind = KernelKind.Ntk, int repetitions = 1, int seed = 11, int? batchPairs = null,
                                      CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetitions, 1);
        var evaluator = ImageKernelEvaluator.Create(architecture, shape, channels, kind, batchPairs: batchPairs);
        var set = RandomImages(shape, channels, points, seed);
        evaluator.GramParallel(RandomImages(shape, channels, Math.Min(points, 64), seed + 1), threads, kind, false, cancellation: cancellation);
        var process = Process.GetCurrentProcess();
        (double Wall, double Cpu, double Sum) best = (double.PositiveInfinity, double.PositiveInfinity, 0);
        for (int r = 0; r < repetitions; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var gram = evaluator.GramParallel(set, threads, kind, false, cancellation: cancellation);
            double wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            double used = (process.TotalProcessorTime - cpu).TotalSeconds;
            if (wall < best.Wall) best = (wall, used, gram.Sum());
        }
        return new(architecture.Spec, shape, channels, points, threads, evaluator.FullTensor, best.Wall, best.Cpu, best.Sum);
    }

    /// <summary>n images with every pixel uniform on the unit sphere of R^C₀ (normalised Gaussian vectors), seeded.</summary>
    public static ImagePoints RandomImages(ImageShape shape, int channels, int count, int seed)
    {
        var random = new Random(seed);
        var data = new double[count * shape.Pixels * channels];
        for (int start = 0; start < data.Length; start += channels)
        {
            double norm = 0;
            while (norm < 1e-12)
            {
                norm = 0;
                for (int c = 0; c < channels; c++)
                {
                    double g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                    data[start + c] = g;
                    norm += g * g;
                }
            }
            norm = Math.Sqrt(norm);
            for (int c = 0; c < channels; c++) data[start + c] /= norm;
        }
        return ImagePoints.Create(shape, channels, data);
    }
}
