using System.Globalization;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic mc --arch CONV --channels C0 --pixels d [--grid H,W] --width C --samples s --seed n [--pairs P | --x … --z …]
/// [--normalize]</c>: finite convolutional networks of C channels on image pairs (x, zⱼ) with unit pixels — seeded random
/// images on MS(C0, d) (image 0 is x, images 1…P the z's) or the given pair — their empirical kernel (mean ± standard error
/// over networks) against the kernel layer's image evaluator (conv-dense.md §2.4), with the agreement check of 5 standard
/// errors plus the O(depth/C) bias allowance 0.5·D/C·√(K(x, x)K(z, z)) (1 normalised). Exit code 1 when a pair disagrees.
/// JSON: <c>{"width", "samples", "points": [{"t", "mean", "stderr", "analytic", "z", "rms_error", "bias_allowance", "agrees",
/// "excluded"}], "arch", "kernel", "normalized", "seed", "channels", "pixels", "grid", "depth"}</c>, t the mean pixel cosine.
/// </summary>
public static class ImageMc
{
    /// <summary>The values of one image <c>mc</c> invocation.</summary>
    /// <param name="Spec">The architecture text.</param>
    /// <param name="Kind">NNGP or NTK.</param>
    /// <param name="Normalize">Normalise per network by the empirical diagonals.</param>
    /// <param name="Width">Channels C of the hidden layers.</param>
    /// <param name="Samples">Networks.</param>
    /// <param name="Seed">Master seed (networks and random images).</param>
    /// <param name="Channels">C0, or null when missing.</param>
    /// <param name="Pixels">d, or null (then --grid or --x gives it).</param>
    /// <param name="Grid">--grid text.</param>
    /// <param name="Pairs">Random pairs.</param>
    /// <param name="X">--x image text.</param>
    /// <param name="Z">--z image text.</param>
    /// <param name="Threads">Threads, or null for all cores.</param>
    /// <param name="Format">Text or JSON.</param>
    public sealed record Request(string Spec, KernelKind Kind, bool Normalize, int Width, int Samples, ulong Seed, int? Channels, int? Pixels,
        string? Grid, int Pairs, string? X, string? Z, int? Threads, OutputFormat Format);

    /// <summary>Samples and prints; 0, or 1 when a pair disagrees.</summary>
    public static int Run(TextWriter output, Layer architecture, Request r)
    {
        ArgumentNullException.ThrowIfNull(r);
        int channels = ImageOptions.RequireChannels(r.Channels, r.Spec);
        if (r.Width is < 1 or > McCommand.MaxWidth) throw new UserError($"--width: {r.Width} is outside the accepted range [1, {McCommand.MaxWidth}]");
        if (r.Samples is < 2 or > SamplingOptions.MaxSamples)
            throw new UserError($"--samples: {r.Samples} is outside the accepted range [2, {SamplingOptions.MaxSamples}] (the standard error needs two networks)");
        if (r.Pairs is < 1 or > 64) throw new UserError($"--pairs: {r.Pairs} is outside the accepted range [1, 64]");
        if (r.Threads is < 1) throw new UserError($"--threads: {r.Threads} is outside the accepted range [1, ∞)");
        var images = Images(r, channels);
        if (!FiniteNetwork.TryBuild(architecture, r.Width, channels, images.Shape, out var network, out var reason))
            throw new UserError($"--arch: cannot be sampled at finite width: {reason}");
        var evaluator = ImageOptions.Evaluator(architecture, images.Shape, channels);
        var exact = Enumerable.Range(1, images.Count - 1).Select(j => evaluator.Evaluate(images.Point(0), images.Point(j))).ToList();
        if (r.Normalize && r.Kind == KernelKind.Ntk && exact[0].NtkXX == 0)
            throw new UserError("--normalize: the NTK of this architecture is identically 0 (no trained layer), so it cannot be normalised");
        var analytic = exact.Select(v => r.Kind == KernelKind.Ntk ? r.Normalize ? v.NormalizedNtk : v.Ntk : r.Normalize ? v.NormalizedNngp : v.Nngp).ToList();
        var run = MonteCarloSampler.Run(network, images, new SamplingOptions(r.Samples, r.Seed, r.Kind == KernelKind.Ntk, r.Threads), null, Interruption.Current.Token);
        var estimates = run.Estimates(r.Kind, r.Normalize, analytic);
        var checks = estimates.Select((e, j) =>
        {
            var v = exact[j];
            double diagonal = r.Normalize ? 1 : r.Kind == KernelKind.Ntk ? Math.Sqrt(v.NtkXX * v.NtkZZ) : Math.Sqrt(v.NngpXX * v.NngpZZ);
            return AgreementCheck.Check(e, AgreementCheck.BiasAllowance(network.Depth, r.Width, diagonal));
        }).ToList();
        string? grid = images.Shape.Rank == 2 ? images.Shape.ToString() : null;
        string kernel = KernelOptions.Name(r.Kind);
        if (r.Format == OutputFormat.Json)
            output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("width", r.Width);
                w.WriteNumber("samples", r.Samples);
                McCommand.WritePoints(w, checks);
                w.WriteString("arch", r.Spec);
                w.WriteString("kernel", kernel);
                w.WriteBoolean("normalized", r.Normalize);
                w.WriteNumber("seed", r.Seed);
                w.WriteNumber("channels", channels);
                w.WriteNumber("pixels", images.Shape.Pixels);
                if (grid is null) w.WriteNull("grid");
                else w.WriteString("grid", grid);
                w.WriteNumber("depth", network.Depth);
                w.WriteEndObject();
            }));
        else
        {
            output.WriteLine(Invariant($"{r.Spec}: empirical {(r.Normalize ? "normalized " : "")}{kernel} of {r.Samples} networks with {r.Width} channels, seed {r.Seed}; ") +
                             Invariant($"images C0 = {channels} × d = {images.Shape} on MS({channels}, {images.Shape.Pixels}) (unit pixels); depth {network.Depth}."));
            output.WriteLine("t = mean pixel cosine (1/d)·sum_i <x_i, z_i>, a label only: image kernels are not functions of it.");
            output.WriteLine($"{"pair",-6}{"t",-11}{"mean",-14}{"stderr",-12}{"analytic",-14}{"z",-9}{"allowance",-12}check");
            for (int j = 0; j < checks.Count; j++)
            {
                var e = checks[j].Estimate;
                output.WriteLine(Invariant($"{j + 1,-6}{e.T,-11:G5}{e.Mean,-14:G8}{e.StdErr,-12:G4}{e.Analytic,-14:G8}{e.Z,-9:F2}{checks[j].BiasAllowance,-12:G3}") +
                                 (checks[j].Passed ? "ok" : "DISAGREES"));
            }
        }
        return checks.All(a => a.Passed) ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    /// <summary>Image 0 = x, then the z's: the given pair, or seeded random images with unit pixels.</summary>
    private static ImagePoints Images(Request r, int channels)
    {
        var grid = ImageOptions.ParseGrid(r.Grid);
        if (r.X is not null || r.Z is not null)
        {
            if (r.X is null || r.Z is null) throw new UserError($"{(r.X is null ? "--x" : "--z")}: missing; a pair needs both --x and --z");
            var xs = ImageOptions.ParseRow(r.X, "--x");
            var zs = ImageOptions.ParseRow(r.Z, "--z");
            if (xs.Length != zs.Length) throw new UserError($"--z: {zs.Length} values, but --x has {xs.Length} (both images need d·C0 values)");
            var shape = ImageOptions.ShapeOfValues(xs.Length, channels, grid, "--x");
            if (r.Pixels is { } d && d != shape.Pixels) throw new UserError($"--pixels: {d}, but --x holds {shape.Pixels} pixels of {channels} channels");
            return ImageOptions.Normalized(shape, channels, [.. xs, .. zs], "--x/--z");
        }
        var imageShape = ImageOptions.ShapeFromOptions(r.Pixels, r.Grid);
        var random = new Random(unchecked((int)(r.Seed ^ (r.Seed >> 32))));
        var data = new double[(r.Pairs + 1) * imageShape.Pixels * channels];
        for (int i = 0; i < data.Length; i++)
            data[i] = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return ImageOptions.Normalized(imageShape, channels, data, "random images");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
