using System.Globalization;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic eval --arch CONV --x 'p0c0,p0c1,…' --z '…' --channels C0 [--grid H,W]</c>: the image kernels of one pair
/// (conv-dense.md §2.2–2.3) through the kernel layer's image evaluator. Both images are pixel-major with every pixel
/// normalised to the unit sphere (MS(C0, d)); printed: raw K(x, z), the diagonals K(x, x), K(z, z) of the same recursion and
/// the normalised K(x, z)/√(K(x, x)K(z, z)), for the NNGP and/or NTK. JSON: <c>{"arch", "kernel", "normalized", "channels",
/// "pixels", "grid", "cosines", "nngp"|"ntk": {"raw", "xx", "zz", "normalized", "value"}}</c> with cosines the per-pixel
/// tᵢ = ⟨xᵢ, zᵢ⟩ and value the raw or normalised kernel as --normalize asks.
/// </summary>
public static class ImageEval
{
    /// <summary>Evaluates and prints the pair.</summary>
    public static int Run(TextWriter output, Layer architecture, string spec, string kernelWord, bool normalize, string x, string z,
        int? channelsGiven, string? gridText, OutputFormat format)
    {
        int channels = ImageOptions.RequireChannels(channelsGiven, spec);
        var grid = ImageOptions.ParseGrid(gridText);
        var xs = ImageOptions.ParseRow(x, "--x");
        var zs = ImageOptions.ParseRow(z, "--z");
        if (xs.Length != zs.Length) throw new UserError($"--z: {zs.Length} values, but --x has {xs.Length} (both images need d·C0 values)");
        var shape = ImageOptions.ShapeOfValues(xs.Length, channels, grid, "--x");
        var images = ImageOptions.Normalized(shape, channels, [.. xs, .. zs], "--x/--z");
        var value = ImageOptions.Evaluator(architecture, shape, channels).Evaluate(images.Point(0), images.Point(1));
        var kinds = KernelOptions.Kinds(kernelWord);
        if (normalize && kinds.Contains(KernelKind.Ntk) && (value.NtkXX == 0 || value.NtkZZ == 0))
            throw new UserError("--normalize: the NTK of this architecture is identically 0 (no trained layer), so it cannot be normalised");
        var cosines = Cosines(images, channels);
        var rows = kinds.Select(kind => (Kind: kind, Values: kind == KernelKind.Nngp
            ? (Raw: value.Nngp, XX: value.NngpXX, ZZ: value.NngpZZ, Normalized: value.NormalizedNngp)
            : (Raw: value.Ntk, XX: value.NtkXX, ZZ: value.NtkZZ, Normalized: value.NormalizedNtk))).ToList();
        string? gridName = shape.Rank == 2 ? shape.ToString() : null;
        if (format == OutputFormat.Json)
        {
            output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("arch", spec);
                w.WriteString("kernel", kernelWord);
                w.WriteBoolean("normalized", normalize);
                w.WriteNumber("channels", channels);
                w.WriteNumber("pixels", shape.Pixels);
                if (gridName is null) w.WriteNull("grid");
                else w.WriteString("grid", gridName);
                w.WriteStartArray("cosines");
                foreach (var t in cosines) w.NumberValue(t);
                w.WriteEndArray();
                foreach (var (kind, v) in rows)
                {
                    w.WriteStartObject(KernelOptions.Name(kind));
                    w.Number("raw", v.Raw);
                    w.Number("xx", v.XX);
                    w.Number("zz", v.ZZ);
                    w.Number("normalized", v.Normalized);
                    w.Number("value", normalize ? v.Normalized : v.Raw);
                    w.WriteEndObject();
                }
                if (value.QuadratureError > 0) w.Number("quadrature_error", value.QuadratureError);
                w.WriteEndObject();
            }));
            return ExitCodes.Ok;
        }
        output.WriteLine($"{spec}: C0 = {channels}, d = {shape.Pixels}{(gridName is null ? "" : $" ({gridName} grid)")}; every pixel normalised to the unit sphere.");
        output.WriteLine("per-pixel cosines t_i = <x_i, z_i>: " + string.Join(", ", cosines.Select(ExprCommand.Format)));
        output.WriteLine($"{"kernel",-8}{"K(x,z)",-24}{"K(x,x)",-24}{"K(z,z)",-24}normalized");
        foreach (var (kind, v) in rows)
            output.WriteLine($"{KernelOptions.Name(kind),-8}{ExprCommand.Format(v.Raw),-24}{ExprCommand.Format(v.XX),-24}{ExprCommand.Format(v.ZZ),-24}{ExprCommand.Format(v.Normalized)}");
        if (value.QuadratureError > 0)
            output.WriteLine($"quadrature error estimate: {value.QuadratureError.ToString("G3", CultureInfo.InvariantCulture)}");
        return ExitCodes.Ok;
    }

    /// <summary>tᵢ = ⟨xᵢ, zᵢ⟩ of images 0 and 1.</summary>
    private static double[] Cosines(ImagePoints images, int channels)
    {
        var x = images.Point(0);
        var z = images.Point(1);
        var result = new double[images.Shape.Pixels];
        for (int i = 0; i < result.Length; i++)
            for (int c = 0; c < channels; c++) result[i] += x[i * channels + c] * z[i * channels + c];
        return result;
    }
}
