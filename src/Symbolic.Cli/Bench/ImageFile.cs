using Symbolic.Cli.Commands;
using Symbolic.Kernels.Images;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>
/// Reads images for the convolutional <c>gram</c> and <c>condition</c> paths (conv-dense.md §1.2): a CSV file with one
/// image a row, pixel-major (p0c0, p0c1, …, p1c0, …; d = columns/C0), a 2-D .npy of the same layout (n × d·C0), a 3-D
/// .npy n×C0×d (NumPy's channel-first layout, transposed here to pixel-major) or a 4-D .npy n×C0×H×W (a grid). Every
/// pixel is then normalised to the unit sphere; a zero pixel is refused, naming the image and the pixel.
/// </summary>
public static class ImageFile
{
    /// <summary>The images of <paramref name="path"/> with <paramref name="channels"/> channels, pixels normalised.</summary>
    public static ImagePoints Read(string path, int channels, (int Height, int Width)? grid)
    {
        if (!File.Exists(path)) throw new UserError($"--data: file '{path}' does not exist");
        if (!path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase))
        {
            var csv = PointFile.Read(path);
            var shape = ImageOptions.ShapeOfValues(csv.Dimension, channels, grid, $"--data: '{path}'");
            return ImageOptions.Normalized(shape, channels, csv.Data.ToArray(), "--data");
        }
        if (!NpyFile.TryRead(path, out var data, out var header, out var error)) throw new UserError($"--data: '{path}': {error}");
        var axes = header.Shape;
        if (header.Rows == 0 || header.Columns == 0) throw new UserError($"--data: '{path}' holds no images (shape ({string.Join(", ", axes)}))");
        if (header.Rows > PointFile.MaxPoints) throw new UserError($"--data: {header.Rows} images exceed the accepted maximum {PointFile.MaxPoints}");
        if (axes.Count <= 2)
        {
            var shape = ImageOptions.ShapeOfValues((int)header.Columns, channels, grid, $"--data: '{path}'");
            return ImageOptions.Normalized(shape, channels, data, "--data");
        }
        if (axes.Count > 4) throw new UserError($"--data: '{path}' has shape ({string.Join(", ", axes)}); images are n×C0×d or n×C0×H×W");
        if (axes[1] != channels)
            throw new UserError($"--data: '{path}' has shape ({string.Join(", ", axes)}), i.e. C0 = {axes[1]} channels, but --channels is {channels}");
        (int Height, int Width)? fileGrid = axes.Count == 4 ? ((int)axes[2], (int)axes[3]) : null;
        if (fileGrid is { } g && grid is { } given && given != g)
            throw new UserError($"--grid: {given.Height},{given.Width} differs from the file's {g.Height}×{g.Width} images");
        int pixels = (int)(header.Columns / channels);
        var imageShape = ImageOptions.Shape(pixels, fileGrid ?? grid, $"--data: '{path}'");
        return ImageOptions.Normalized(imageShape, channels, ChannelFirstToPixelMajor(data, (int)header.Rows, channels, pixels), "--data");
    }

    /// <summary>x[n, c, i] (channel-first, C order) → x[n, i, c] (pixel-major).</summary>
    public static double[] ChannelFirstToPixelMajor(double[] data, int count, int channels, int pixels)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new double[data.Length];
        int width = channels * pixels;
        for (int n = 0; n < count; n++)
            for (int c = 0; c < channels; c++)
                for (int i = 0; i < pixels; i++)
                    result[n * width + i * channels + c] = data[n * width + c * pixels + i];
        return result;
    }
}
