using System.Collections.Immutable;
using System.Globalization;

namespace Symbolic.MonteCarlo.Images;

/// <summary>
/// The inputs of one image Monte Carlo run: k ≥ 2 images x ∈ ℝ^{C₀×P} on a <see cref="PixelGrid"/>, each pixel xᵢ ∈ ℝ^{C₀}
/// a unit vector (the multi-sphere MS(C₀, P) of conv-dense.md §0, §1.2), so the base tensor Γᵢⱼ(x, z) = ⟨xᵢ, zⱼ⟩ has
/// Γᵢᵢ(x, x) = 1. Stored pixel-major, channels contiguous: value [p·C₀ + c]. Index 0 is usually x and 1… the z's.
/// </summary>
public sealed class ImageBatch
{
    private readonly ImmutableArray<double[]> _images;

    private ImageBatch(PixelGrid grid, int channels, ImmutableArray<double[]> images) =>
        (Grid, Channels, _images) = (grid, channels, images);

    /// <summary>The pixel grid.</summary>
    public PixelGrid Grid { get; }

    /// <summary>C₀, the channels of a pixel.</summary>
    public int Channels { get; }

    /// <summary>Number of images.</summary>
    public int Count => _images.Length;

    /// <summary>Image <paramref name="index"/>, pixel-major ([p·C₀ + c]).</summary>
    public ReadOnlySpan<double> Image(int index) => _images[index];

    /// <summary>Γᵢⱼ = ⟨xᵢ, zⱼ⟩ between pixel <paramref name="i"/> of image <paramref name="a"/> and pixel <paramref name="j"/>
    /// of image <paramref name="b"/>.</summary>
    public double PixelCosine(int a, int i, int b, int j)
    {
        double sum = 0;
        for (int c = 0; c < Channels; c++) sum += _images[a][i * Channels + c] * _images[b][j * Channels + c];
        return sum;
    }

    /// <summary>Images with C₀ = 2 whose pixels are (cos θ, sin θ) (conv-dense.md §5.1): one angle per pixel, row-major
    /// on the grid.</summary>
    /// <exception cref="ArgumentException">Fewer than two images, or an image with a number of angles other than P, or a
    /// non-finite angle.</exception>
    public static ImageBatch FromAngles(PixelGrid grid, IEnumerable<IReadOnlyList<double>> angles)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var images = angles.Select(a =>
        {
            if (a.Count != grid.Pixels)
                throw new ArgumentException($"Each image needs {grid.Pixels} angles (grid {grid}), got {a.Count}.", nameof(angles));
            if (a.Any(t => !double.IsFinite(t))) throw new ArgumentException("Angles must be finite.", nameof(angles));
            return a.SelectMany(t => new[] { Math.Cos(t), Math.Sin(t) }).ToArray();
        }).ToImmutableArray();
        return Checked(grid, 2, images);
    }

    /// <summary>Images given pixel by pixel (pixel-major, C₀ values per pixel); every pixel is normalised to unit length.</summary>
    /// <exception cref="ArgumentException">Fewer than two images, C₀ &lt; 1, a length other than P·C₀, or a zero or
    /// non-finite pixel.</exception>
    public static ImageBatch FromPixels(PixelGrid grid, int channels, IEnumerable<IReadOnlyList<double>> images)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        var list = images.Select(values =>
        {
            if (values.Count != grid.Pixels * channels)
                throw new ArgumentException($"Each image needs {grid.Pixels}·{channels} values, got {values.Count}.", nameof(images));
            var image = values.ToArray();
            for (int p = 0; p < grid.Pixels; p++)
            {
                var pixel = image.AsSpan(p * channels, channels);
                double norm = Math.Sqrt(pixel.ToArray().Sum(v => v * v));
                if (!(norm > 0 && double.IsFinite(norm)))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Pixel {p} has norm {norm}; pixels must be nonzero and finite."), nameof(images));
                foreach (ref var v in pixel) v /= norm;
            }
            return image;
        }).ToImmutableArray();
        return Checked(grid, channels, list);
    }

    private static ImageBatch Checked(PixelGrid grid, int channels, ImmutableArray<double[]> images) =>
        images.Length < 2
            ? throw new ArgumentException($"At least two images are needed, got {images.Length}.", nameof(images))
            : new ImageBatch(grid, channels, images);
}
