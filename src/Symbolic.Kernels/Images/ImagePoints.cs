namespace Symbolic.Kernels.Images;

/// <summary>
/// A set of images x ∈ R^(C₀ × d) (conv-dense.md §1.2), stored pixel-major as in the CSV format "one point a row:
/// p0c0, p0c1, …, p1c0, …": value (point n, pixel i, channel c) is at n·d·C₀ + i·C₀ + c. The base tensor is
/// Γ_ij(x, z) = ⟨x_i, z_j⟩, the raw inner product of pixel channel vectors (NOT divided by C₀): on the multi-sphere
/// MS(C₀, d) every pixel is a unit vector and Γ_ii(x, x) = 1. Non-unit pixels are taken as they are (the kernel of the
/// raw input); <see cref="TryNormalizePixels"/> projects every pixel onto the unit sphere.
/// </summary>
public sealed class ImagePoints
{
    private readonly double[] _data;

    private ImagePoints(ImageShape shape, int channels, double[] data) =>
        (Shape, Channels, _data, Count) = (shape, channels, data, data.Length / (shape.Pixels * channels));

    /// <summary>The image shape (a line or a grid).</summary>
    public ImageShape Shape { get; }

    /// <summary>C₀, the channels per pixel.</summary>
    public int Channels { get; }

    /// <summary>Number of images.</summary>
    public int Count { get; }

    /// <summary>Values per image, d·C₀.</summary>
    public int Width => Shape.Pixels * Channels;

    /// <summary>Images from pixel-major data; the data array is copied.</summary>
    /// <exception cref="ArgumentException">The shape is a scalar, C₀ &lt; 1, the length is not a multiple of d·C₀, or a value is not finite.</exception>
    public static ImagePoints Create(ImageShape shape, int channels, ReadOnlySpan<double> data) =>
        TryCreate(shape, channels, data, out var points, out var error) ? points! : throw new ArgumentException(error, nameof(data));

    /// <summary>Images from pixel-major data, or a message naming the first problem (for user input).</summary>
    public static bool TryCreate(ImageShape shape, int channels, ReadOnlySpan<double> data, out ImagePoints? points, out string? error)
    {
        (points, error) = (null, null);
        int width = shape.Pixels * channels;
        if (shape.Rank == 0) error = "an image needs a line or grid shape, got a scalar";
        else if (channels < 1) error = $"channels must be ≥ 1, got {channels}";
        else if (data.Length == 0 || data.Length % width != 0)
            error = $"an image of {shape} pixels × {channels} channels has {width} values, but the data has {data.Length} (not a positive multiple)";
        else
            for (int i = 0; i < data.Length && error is null; i++)
                if (!double.IsFinite(data[i])) error = $"image {i / width}, pixel {i % width / channels}, channel {i % channels} is not finite";
        if (error is null) points = new(shape, channels, data.ToArray());
        return error is null;
    }

    /// <summary>Image <paramref name="index"/>, pixel-major (d·C₀ values).</summary>
    public ReadOnlySpan<double> Point(int index) => _data.AsSpan(index * Width, Width);

    /// <summary>
    /// Every pixel divided by its Euclidean norm (so the images lie on MS(C₀, d)), or a message naming the first zero pixel:
    /// a zero pixel has no direction, and no rescaling puts it on the sphere.
    /// </summary>
    public bool TryNormalizePixels(out ImagePoints? normalized, out string? error)
    {
        var data = (double[])_data.Clone();
        for (int start = 0; start < data.Length; start += Channels)
        {
            var pixel = data.AsSpan(start, Channels);
            double norm = 0;
            foreach (double v in pixel) norm += v * v;
            norm = Math.Sqrt(norm);
            if (norm == 0)
            {
                (normalized, error) = (null, $"image {start / Width}, pixel {start % Width / Channels} is zero: it has no direction to normalise");
                return false;
            }
            foreach (ref double v in pixel) v /= norm;
        }
        (normalized, error) = (new(Shape, Channels, data), null);
        return true;
    }
}
