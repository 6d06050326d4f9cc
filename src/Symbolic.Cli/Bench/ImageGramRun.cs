using Symbolic.Cli.Commands;
using Symbolic.Kernels;
using Symbolic.Kernels.Layers;

namespace Symbolic.Cli.Bench;

/// <summary>
/// <c>symbolic gram</c> for convolutional architectures (conv-dense.md §1.2, §2.2–2.3, §2.8): images C0 × d read by
/// <see cref="ImageFile"/> with every pixel normalised to the unit sphere, the Gram matrix of the image kernel in parallel
/// tiles (<see cref="ImageGramEngine"/>; streamed to .npy above the memory limit, <c>--tile</c> blocks as on the FC path),
/// <c>--normalize</c> dividing by √(K(x, x)K(z, z)). JSON: the FC fields (with "d" the pixel count and
/// "rows_normalized": false) plus <c>"channels"</c>, <c>"pixels"</c>, <c>"grid"</c> ("HxW" or null) and
/// <c>"pixels_normalized": true</c>.
/// </summary>
public static class ImageGramRun
{
    /// <summary>Runs the image Gram request for the already parsed <paramref name="architecture"/>.</summary>
    public static int Run(TextWriter output, TextWriter error, GramRequest request, Layer architecture)
    {
        ArgumentNullException.ThrowIfNull(request);
        int channels = ImageOptions.RequireChannels(request.Channels, request.Arch);
        var grid = ImageOptions.ParseGrid(request.Grid);
        var images = ImageFile.Read(request.Data, channels, grid);
        var kind = request.Kernel == "nngp" ? KernelKind.Nngp : KernelKind.Ntk;
        var evaluator = ImageOptions.Evaluator(architecture, images.Shape, channels, kind);
        if (request.Normalize && kind == KernelKind.Ntk && evaluator.Diagonal(images, kind) is var d && d.Length > 0 && d[0] == 0)
            throw new UserError("--normalize: the NTK of this architecture is identically 0 (no trained layer), so it cannot be normalised");
        var options = GramRun.Options(request, error);
        var shape = images.Shape;
        string? gridText = shape.Rank == 2 ? shape.ToString() : null;
        var source = new GramSource(images.Count,
            $"C0 = {channels}, d = {shape.Pixels} pixels{(gridText is null ? "" : $" ({gridText} grid)")} (every pixel normalised to the unit sphere)",
            $"every pixel normalised to the unit sphere S^{channels - 1} (images on MS({channels}, {shape.Pixels}))",
            (rows, columns, sink) => ImageGramEngine.Compute(evaluator, images, kind, request.Normalize, rows, columns, sink, options),
            w =>
            {
                w.WriteNumber("d", shape.Pixels);
                w.WriteNumber("channels", channels);
                w.WriteNumber("pixels", shape.Pixels);
                if (gridText is null) w.WriteNull("grid");
                else w.WriteString("grid", gridText);
                w.WriteBoolean("rows_normalized", false);
                w.WriteBoolean("pixels_normalized", true);
            });
        return GramRun.Run(output, error, request, source);
    }
}
