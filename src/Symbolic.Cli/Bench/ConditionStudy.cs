using Symbolic.Cli.Commands;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Spectral.Gram;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Bench;

/// <summary>
/// The measurements of <c>symbolic condition</c> (conv-dense.md §2.8): for an architecture at one depth, the normalised
/// Gram matrix K(xᵢ, xⱼ)/√(K(xᵢ, xᵢ)K(xⱼ, xⱼ)) on a fixed point set, its eigenvalues (MathNet's symmetric eigensolver),
/// cond = λmax/λmin, λ₀ = the mean off-diagonal entry and the double-constant prediction 1 + n·λ₀/(1 − λ₀).
/// Points: images with unit pixels on MS(C0, d) for convolutional architectures (seeded: the R_d Kronecker sequence on
/// the torus for C0 = 2 on a line, uniform random pixels otherwise), points on S^(D−1) for fully connected ones (seeded
/// uniform), or a file.
/// </summary>
public static class ConditionStudy
{
    /// <summary>One measured Gram matrix.</summary>
    /// <param name="Spec">The architecture at this depth.</param>
    /// <param name="Depth">L.</param>
    /// <param name="Spectrum">Eigenvalues, cond, round-off.</param>
    /// <param name="Lambda0">Mean normalised off-diagonal entry.</param>
    /// <param name="DoubleConstantCond">1 + n·λ₀/(1 − λ₀).</param>
    public sealed record Row(string Spec, int Depth, GramSpectrum Spectrum, double Lambda0, double DoubleConstantCond);

    /// <summary>Seeded images on MS(C0, d) (pixel-major): Kronecker on the torus for C0 = 2 on a line, else uniform random pixels.</summary>
    public static ImagePoints Images(ImageShape shape, int channels, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (channels < 2) throw new UserError($"--channels: generated points need C0 ≥ 2 (pixels on S^(C0-1)), got {channels}; give --data for C0 = 1");
        var rows = channels == 2 && shape.Rank == 1
            ? MultiSpherePoints.Kronecker(shape.Pixels, count, seed)
            : MultiSpherePoints.Random(channels, shape.Pixels, count, seed);
        return ImagePoints.Create(shape, channels, rows.SelectMany(r => r).ToArray());
    }

    /// <summary>Seeded uniform points on S^(D−1) (normalised Gaussian vectors).</summary>
    public static PointSet Sphere(int dimension, int count, int seed)
    {
        var random = new Random(seed);
        var data = new double[dimension * count];
        for (int i = 0; i < data.Length; i++) data[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        if (!new PointSet(data, count, dimension).TryNormalize(out var normalized, out var error)) throw new UserError($"generated points: {error}");
        return normalized;
    }

    /// <summary>The normalised image Gram of <paramref name="spec"/> on <paramref name="images"/>.</summary>
    public static Row MeasureImages(string spec, int depth, KernelKind kind, ImagePoints images, GramOptions options)
    {
        ArgumentNullException.ThrowIfNull(images);
        var (layer, _) = KernelOptions.Parse(spec);
        if (!ImageOptions.IsImage(layer)) throw new UserError($"--compare: '{spec}' is fully connected but the template is convolutional; compare like with like");
        var evaluator = ImageOptions.Evaluator(layer, images.Shape, images.Channels, kind);
        int n = images.Count;
        var sink = new MemoryGramSink(n, n);
        ImageGramEngine.Compute(evaluator, images, kind, normalize: true, (0, n), (0, n), sink, options);
        return Summarise(spec, depth, sink.Data, n);
    }

    /// <summary>The normalised FC Gram of <paramref name="spec"/> on unit vectors <paramref name="points"/>.</summary>
    public static Row MeasureVectors(string spec, int depth, KernelKind kind, PointSet points, GramOptions options)
    {
        ArgumentNullException.ThrowIfNull(points);
        var (layer, _) = KernelOptions.Parse(spec);
        if (ImageOptions.IsImage(layer)) throw new UserError($"--compare: '{spec}' is convolutional but the template is fully connected; compare like with like");
        var (derivation, _) = KernelOptions.Derive(spec);
        var (map, _) = KernelMap.Create(derivation, kind, normalize: true);
        return Summarise(spec, depth, GramEngine.Compute(points, null, map, options), points.Count);
    }

    private static Row Summarise(string spec, int depth, double[] gram, int n)
    {
        var lambda0 = GramSpectrum.MeanNormalizedOffDiagonal(gram, n);
        return new Row(spec, depth, GramSpectrum.Of(gram, n), lambda0, GramSpectrum.DoubleConstantCondition(n, lambda0));
    }
}
