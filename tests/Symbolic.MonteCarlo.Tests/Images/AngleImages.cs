using Symbolic.Kernels.Images;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>Images with C₀ = 2 whose pixels are the unit vectors (cos θ, sin θ) (conv-dense.md §5.1).</summary>
internal static class AngleImages
{
    /// <summary>θ(X1) of §5.1.</summary>
    public static readonly double[] X1 = [0.3, 1.1, 2.0, -0.7];

    /// <summary>θ(Z1) of §5.1.</summary>
    public static readonly double[] Z1 = [0.5, 0.2, 2.9, -1.5];

    /// <summary>One image per angle list, pixel-major (cos θ, sin θ) per pixel.</summary>
    public static ImagePoints Points(ImageShape shape, params double[][] angles) =>
        ImagePoints.Create(shape, 2, angles.SelectMany(a => a.SelectMany(t => new[] { Math.Cos(t), Math.Sin(t) })).ToArray());
}
