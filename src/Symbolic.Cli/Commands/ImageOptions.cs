using System.CommandLine;
using System.Globalization;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;

namespace Symbolic.Cli.Commands;

/// <summary>
/// The options and checks of the image (convolutional) paths of <c>gram</c>, <c>eval</c>, <c>derive</c>, <c>spectrum</c>,
/// <c>mc</c> and <c>condition</c> (conv-dense.md §1.2): an image is C0 channels × d pixels stored pixel-major
/// (p0c0, p0c1, …, p1c0, …), 1-D by default or an H×W grid (pixel (r, c) at flat index r·W + c); every pixel is
/// normalised to the unit sphere S^(C0−1), so images lie on the multi-sphere MS(C0, d).
/// </summary>
public static class ImageOptions
{
    /// <summary>The largest accepted number of pixels d.</summary>
    public const int MaxPixels = 4096;

    /// <summary>The largest accepted channel count C0.</summary>
    public const int MaxChannels = 4096;

    /// <summary><c>--channels C0</c>: required for convolutional architectures, refused for fully connected ones.</summary>
    public static Option<int?> Channels() => new("--channels", "-c")
    {
        Description = $"Channels C0 per pixel (convolutional architectures only), in [1, {MaxChannels}].",
    };

    /// <summary><c>--grid H,W</c>: 2-D images (default: a 1-D line of d pixels).</summary>
    public static Option<string?> Grid() => new("--grid")
    {
        Description = "Image grid H,W for 2-D images (pixel (r, c) is flat pixel r*W + c); default: a 1-D line of d pixels.",
    };

    /// <summary><c>--pixels d</c>.</summary>
    public static Option<int?> Pixels() => new("--pixels")
    {
        Description = $"Pixels d of each image, in [1, {MaxPixels}] (with --grid H,W: d = H*W).",
    };

    /// <summary>Whether <paramref name="architecture"/> is convolutional: it holds a conv layer or an image head (eq, gap, flatten).</summary>
    public static bool IsImage(Layer architecture)
    {
        var stack = new Stack<Layer>([architecture]);
        while (stack.Count > 0)
        {
            var layer = stack.Pop();
            if (layer is Conv or EqHead or GlobalAveragePooling or Flatten) return true;
            foreach (var child in LayerTree.Children(layer)) stack.Push(child);
        }
        return false;
    }

    /// <summary>Refuses <c>--channels</c>/<c>--grid</c> (named in <paramref name="given"/>) for a fully connected architecture.</summary>
    public static void RefuseForFullyConnected(string spec, params (string Name, bool Given)[] given)
    {
        foreach (var (name, isGiven) in given)
            if (isGiven) throw new UserError($"{name}: '{spec}' is fully connected (inputs are vectors on the unit sphere); {name} applies to convolutional architectures (rescnn, cnn, conv, eq, gap, flatten)");
    }

    /// <summary>The channel count of a convolutional architecture: required, in [1, <see cref="MaxChannels"/>].</summary>
    public static int RequireChannels(int? channels, string spec)
    {
        if (channels is null) throw new UserError($"--channels: '{spec}' is convolutional, so give the channels per pixel with --channels C0 (C0 in [1, {MaxChannels}])");
        if (channels is < 1 or > MaxChannels) throw new UserError($"--channels: {channels} is outside the accepted range [1, {MaxChannels}]");
        return channels.Value;
    }

    /// <summary>Parses <c>--grid H,W</c> (null when absent).</summary>
    public static (int Height, int Width)? ParseGrid(string? text)
    {
        if (text is null) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int w)
            || h < 1 || w < 1 || (long)h * w > MaxPixels)
            throw new UserError($"--grid: expected H,W with positive integers and H*W ≤ {MaxPixels}, got '{text}'");
        return (h, w);
    }

    /// <summary>The image shape of <paramref name="pixels"/> pixels: the grid when given (its H·W must equal d), else a line.</summary>
    public static ImageShape Shape(int pixels, (int Height, int Width)? grid, string source)
    {
        if (pixels is < 1 or > MaxPixels) throw new UserError($"{source}: {pixels} pixels is outside the accepted range [1, {MaxPixels}]");
        if (grid is not { } g) return ImageShape.Line(pixels);
        if (g.Height * g.Width != pixels)
            throw new UserError($"--grid: {g.Height}x{g.Width} = {g.Height * g.Width} pixels, but {source} gives d = {pixels}");
        return ImageShape.Grid(g.Height, g.Width);
    }

    /// <summary>The shape from <c>--pixels</c> and <c>--grid</c>: d from either (both must agree).</summary>
    public static ImageShape ShapeFromOptions(int? pixels, string? gridText)
    {
        var grid = ParseGrid(gridText);
        if (pixels is null && grid is null) throw new UserError($"--pixels: give the pixels per image with --pixels d (d in [1, {MaxPixels}]) or a grid --grid H,W");
        return Shape(pixels ?? grid!.Value.Height * grid!.Value.Width, grid, "--pixels");
    }

    /// <summary>The shape of <paramref name="values"/>-value images with <paramref name="channels"/> channels (refused when not divisible).</summary>
    public static ImageShape ShapeOfValues(int values, int channels, (int Height, int Width)? grid, string source)
    {
        if (values % channels != 0)
            throw new UserError($"{source}: {values} values per image are not divisible by --channels {channels} (pixel-major p0c0, p0c1, …: d·C0 values)");
        return Shape(values / channels, grid, source);
    }

    /// <summary>Parses one image (or vector) given as a comma-separated row of finite numbers.</summary>
    public static double[] ParseRow(string text, string option)
    {
        var items = text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length == 0) throw new UserError($"{option}: expected comma-separated numbers (pixel-major p0c0, p0c1, …, p1c0, …), got '{text}'");
        return [.. items.Select(item => double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new UserError($"{option}: '{item}' is not a finite number (accepted: comma-separated finite numbers)"))];
    }

    /// <summary>Images from pixel-major data with every pixel normalised to the unit sphere (a zero pixel refused by point and pixel).</summary>
    public static ImagePoints Normalized(ImageShape shape, int channels, double[] data, string source)
    {
        if (!ImagePoints.TryCreate(shape, channels, data, out var raw, out var error)) throw new UserError($"{source}: {error}");
        if (!raw!.TryNormalizePixels(out var normalized, out error)) throw new UserError($"{source}: {error}");
        return normalized!;
    }

    /// <summary>The image evaluator of <paramref name="architecture"/>, architecture problems as one-line user errors.</summary>
    public static ImageKernelEvaluator Evaluator(Layer architecture, ImageShape shape, int channels, KernelKind? kind = null)
    {
        try
        {
            return ImageKernelEvaluator.Create(architecture, shape, channels, kind);
        }
        catch (ArchitectureException e)
        {
            throw new UserError($"--arch: {e.Message}");
        }
    }
}
