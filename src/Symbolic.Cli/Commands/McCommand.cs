using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;
using Symbolic.MonteCarlo.Studies;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic mc --arch SPEC --kernel ntk|nngp --width m --samples s --t 0.3,-0.5 --seed n [--normalize] [--sweep 64,…]</c>:
/// samples finite random networks built from the same architecture value and compares their empirical NNGP/NTK (mean ±
/// standard error over networks) with the analytic kernel. Exit code 1 when a point disagrees beyond 5 standard errors
/// plus the finite-width bias allowance (<see cref="AgreementCheck"/>). Convolutional architectures go to <see cref="ImageMc"/>.
/// </summary>
public static class McCommand
{
    /// <summary>Largest accepted width.</summary>
    public const int MaxWidth = 65_536;

    /// <summary>Largest accepted input dimension.</summary>
    public const int MaxDimension = 4096;

    /// <summary>A bias allowance above this fraction of K(1) makes the agreement check weak; the text output says so.</summary>
    public const double WeakAllowance = 0.1;

    /// <summary>Runs whose total sampled parameters exceed this show a progress bar (when stderr is a terminal).</summary>
    public const long ProgressThreshold = 50_000_000;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var normalize = KernelOptions.Normalize();
        var width = new Option<int>("--width", "-m") { Description = $"Width m of every hidden dense layer, in [1, {MaxWidth}].", DefaultValueFactory = _ => 512 };
        var samples = new Option<int>("--samples", "-s")
        {
            Description = $"Number of independent networks, in [2, {SamplingOptions.MaxSamples}].",
            DefaultValueFactory = _ => 160,
        };
        var points = new Option<string?>("--t") { Description = "Comma-separated cosines t = <x, z> in [-1, 1], e.g. --t 0.3,-0.5 (fully connected architectures)." };
        var channels = ImageOptions.Channels();
        var pixels = ImageOptions.Pixels();
        var grid = ImageOptions.Grid();
        var pairs = new Option<int>("--pairs") { Description = "Convolutional: random image pairs (x, z_j) with unit pixels, in [1, 64].", DefaultValueFactory = _ => 3 };
        var x = new Option<string?>("--x") { Description = "Convolutional: image x, pixel-major p0c0,p0c1,… (with --z; instead of random pairs)." };
        var z = new Option<string?>("--z") { Description = "Convolutional: image z, like --x." };
        var seed = new Option<ulong>("--seed") { Description = "Master seed (network i uses a seed derived from it and i).", DefaultValueFactory = _ => 1 };
        var dimension = new Option<int>("--dimension", "-d") { Description = $"Input dimension d in [2, {MaxDimension}].", DefaultValueFactory = _ => 3 };
        var threads = new Option<int?>("--threads") { Description = "Threads (default: all cores); results do not depend on it." };
        var sweep = new Option<string?>("--sweep")
        {
            Description = "Comma-separated widths, e.g. 64,128,256,512: sample each (instead of --width) and fit the error against m " +
                          "(RMS error of one network ~ m^(-1/2); mean - analytic = a + b/m).",
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("mc",
            "Monte Carlo check: sample finite networks of the architecture and compare their empirical NNGP/NTK with the " +
            "analytic kernel (mean, standard error, z-score). Exit code 1 if a point disagrees beyond 5 standard errors plus " +
            "the O(depth/width) finite-width bias allowance.")
        {
            arch, kernel, normalize, width, samples, points, seed, dimension, threads, sweep, channels, pixels, grid, pairs, x, z, format,
        };
        command.SetAction(r =>
        {
            var spec = r.GetValue(arch)!;
            var kind = r.GetValue(kernel) == "nngp" ? KernelKind.Nngp : KernelKind.Ntk;
            var outputFormat = r.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text;
            var (layer, _) = KernelOptions.Parse(spec);
            if (ImageOptions.IsImage(layer))
            {
                if (r.GetValue(points) is not null) throw new UserError($"--t: '{spec}' is convolutional: its kernel is not a function of one cosine; use random pairs (--pixels d, --pairs P) or --x/--z");
                if (r.GetValue(sweep) is not null) throw new UserError("--sweep: width sweeps are for fully connected architectures; run mc once per --width for images");
                if (r.GetResult(dimension) is { Implicit: false }) throw new UserError($"--dimension: '{spec}' is convolutional: give --channels C0 and --pixels d");
                return ImageMc.Run(r.InvocationConfiguration.Output, layer, new ImageMc.Request(spec, kind, r.GetValue(normalize), r.GetValue(width),
                    r.GetValue(samples), r.GetValue(seed), r.GetValue(channels), r.GetValue(pixels), r.GetValue(grid), r.GetValue(pairs), r.GetValue(x),
                    r.GetValue(z), r.GetValue(threads), outputFormat));
            }
            ImageOptions.RefuseForFullyConnected(spec, ("--channels", r.GetValue(channels) is not null), ("--pixels", r.GetValue(pixels) is not null),
                ("--grid", r.GetValue(grid) is not null), ("--x", r.GetValue(x) is not null), ("--z", r.GetValue(z) is not null));
            if (r.GetValue(points) is not { } t) throw new UserError("--t: give the cosines t = <x, z> in [-1, 1], e.g. --t 0.3,-0.5");
            return Run(r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, new Request(
                spec, kind, r.GetValue(normalize), r.GetValue(width), r.GetValue(samples), EvalCommand.ParsePoints(t), r.GetValue(seed),
                r.GetValue(dimension), r.GetValue(threads), ParseWidths(r.GetValue(sweep)), outputFormat));
        });
        return command;
    }

    /// <summary>Parses <c>--sweep</c>: at least two distinct widths in [1, <see cref="MaxWidth"/>], or null when absent.</summary>
    public static int[]? ParseWidths(string? text)
    {
        if (text is null) return null;
        var widths = text.Split(',', StringSplitOptions.TrimEntries).Select(item =>
            int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= MaxWidth
                ? m
                : throw new UserError($"--sweep: '{item}' is not a width in [1, {MaxWidth}]")).ToArray();
        if (widths.Distinct().Count() < 2) throw new UserError($"--sweep: a sweep needs at least two distinct widths, got '{text}'");
        return widths;
    }

    /// <summary>Validates the request, samples, prints; returns 0, or 1 when a point disagrees with the analytic kernel.</summary>
    public static int Run(TextWriter output, TextWriter error, Request request)
    {
        var (derivation, _) = KernelOptions.Derive(request.Spec);
        Validate(request);
        var architecture = derivation.Architecture;
        if (!FiniteNetwork.TryBuild(architecture, request.Width, request.Dimension, out var network, out var reason))
            throw new UserError($"--arch: cannot be sampled at finite width: {reason}");
        var analytic = EvalCommand.Evaluate(derivation, request.Kind, request.Normalize, request.Points);
        double diagonal = request.Normalize ? 1 : EvalCommand.Evaluate(derivation, request.Kind, false, [1.0])[0];
        var options = new SamplingOptions(request.Samples, request.Seed, request.Kind == KernelKind.Ntk, request.Threads);
        var widths = request.Sweep ?? [request.Width];
        long work = widths.Sum(m => FiniteNetwork.Build(architecture, m, request.Dimension).WeightCount) * request.Samples;
        var (rows, fits) = WithProgress(error, work, widths.Length * request.Samples, progress =>
        {
            if (request.Sweep is null)
            {
                var run = MonteCarloSampler.Run(network, InputBatch.OnSphere(request.Dimension, request.Points), options, progress, Interruption.Current.Token);
                var row = new WidthRow(request.Width, run.Estimates(request.Kind, request.Normalize, analytic));
                return ((IReadOnlyList<WidthRow>)[row], (IReadOnlyList<SweepFit>?)null);
            }
            var sweep = WidthSweep.Run(architecture, request.Sweep, request.Points, options, request.Kind, request.Normalize, analytic,
                request.Dimension, progress, Interruption.Current.Token);
            return (sweep.Rows, sweep.Fits);
        });
        var checks = rows.Select(row => (row.Width, Checks: row.Points.Select(e =>
            AgreementCheck.Check(e, AgreementCheck.BiasAllowance(network.Depth, row.Width, diagonal))).ToList())).ToList();
        if (request.Format == OutputFormat.Json) WriteJson(output, request, network, checks, fits);
        else WriteText(output, request, network, checks, fits);
        return checks.All(c => c.Checks.All(a => a.Passed)) ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    private static void Validate(Request r)
    {
        if (r.Width is < 1 or > MaxWidth) throw new UserError($"--width: {r.Width} is outside the accepted range [1, {MaxWidth}]");
        if (r.Dimension is < 2 or > MaxDimension) throw new UserError($"--dimension: {r.Dimension} is outside the accepted range [2, {MaxDimension}]");
        if (r.Samples is < 2 or > SamplingOptions.MaxSamples)
            throw new UserError($"--samples: {r.Samples} is outside the accepted range [2, {SamplingOptions.MaxSamples}] (the standard error needs two networks)");
        if (r.Threads is < 1) throw new UserError($"--threads: {r.Threads} is outside the accepted range [1, ∞)");
    }

    /// <summary>Runs <paramref name="body"/> with a Spectre.Console progress bar on stderr for long runs when stderr is a terminal.</summary>
    private static T WithProgress<T>(TextWriter error, long work, int total, Func<IProgress<int>?, T> body)
    {
        if (work < ProgressThreshold || !ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected) return body(null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("sampling networks", maxValue: total);
                var gate = new object();
                result = body(new Reporter(done =>
                {
                    lock (gate) task.Value = Math.Max(task.Value, done);
                }));
            });
        return result;
    }

    private static void WriteText(TextWriter output, Request r, FiniteNetwork network, List<(int Width, List<Agreement> Checks)> checks,
        IReadOnlyList<SweepFit>? fits)
    {
        var kind = $"{(r.Normalize ? "normalized " : "")}{(r.Kind == KernelKind.Ntk ? "ntk" : "nngp")}";
        output.WriteLine(Invariant($"{r.Spec}: empirical {kind} of {r.Samples} networks, seed {r.Seed}, inputs on S^{r.Dimension - 1}; ") +
                         Invariant($"depth {network.Depth}, {network.TrainedLayers} trained dense layer(s)") +
                         (network.AppendedReadout ? ", fixed readout appended" : "") + ".");
        output.WriteLine($"{"width",-7}{"t",-10}{"mean",-14}{"stderr",-12}{"analytic",-14}{"z",-9}{"rms error",-12}check");
        foreach (var (width, row) in checks)
            foreach (var a in row)
            {
                var e = a.Estimate;
                output.Write(Invariant($"{width,-7}{e.T,-10:G6}{e.Mean,-14:G8}{e.StdErr,-12:G4}{e.Analytic,-14:G8}{e.Z,-9:F2}{e.RmsError,-12:G4}"));
                output.WriteLine((a.Passed ? "ok" : "DISAGREES") + (e.Excluded > 0 ? Invariant($" ({e.Excluded} networks with 0 diagonal left out)") : ""));
            }
        var weak = checks.Select(c => c.Width).Where(m => AgreementCheck.BiasAllowance(network.Depth, m, 1) > WeakAllowance).ToList();
        if (weak.Count > 0)
            output.WriteLine(Invariant($"note: at width {string.Join(", ", weak)} the bias allowance 0.5·depth/m·K(1) exceeds {WeakAllowance * 100:G}% of K(1) ") +
                             Invariant($"(depth {network.Depth}): the check says little there; use a width of at least {(int)Math.Ceiling(AgreementCheck.BiasCoefficient * network.Depth / WeakAllowance)}."));
        if (fits is null) return;
        output.WriteLine();
        foreach (var f in fits)
        {
            output.Write(Invariant($"t = {f.T:G6}: "));
            output.Write(f.LogRmsVsLogWidth is { } rms
                ? Invariant($"RMS error ~ m^{rms.Slope:F3}±{rms.SlopeError:F3} (R² {rms.RSquared:F3}, expected −1/2)")
                : "RMS error fit undefined");
            output.WriteLine(f.DeviationVsInverseWidth is { } d
                ? Invariant($"; mean − analytic = ({d.Intercept:G3} ± {d.InterceptError:G2}) + ({d.Slope:G3} ± {d.SlopeError:G2})/m")
                : "; 1/m fit undefined");
        }
    }

    private static void WriteJson(TextWriter output, Request r, FiniteNetwork network, List<(int Width, List<Agreement> Checks)> checks,
        IReadOnlyList<SweepFit>? fits)
    {
        output.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            if (r.Sweep is null)
            {
                w.WriteNumber("width", r.Width);
                w.WriteNumber("samples", r.Samples);
                WritePoints(w, checks[0].Checks);
            }
            else
            {
                w.WriteNumber("samples", r.Samples);
                w.WriteStartArray("sweep");
                foreach (var (width, row) in checks)
                {
                    w.WriteStartObject();
                    w.WriteNumber("width", width);
                    w.WriteNumber("samples", r.Samples);
                    WritePoints(w, row);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                WriteFits(w, fits!);
            }
            w.WriteString("arch", r.Spec);
            w.WriteString("kernel", r.Kind == KernelKind.Ntk ? "ntk" : "nngp");
            w.WriteBoolean("normalized", r.Normalize);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("dimension", r.Dimension);
            w.WriteNumber("depth", network.Depth);
            w.WriteBoolean("appended_readout", network.AppendedReadout);
            w.WriteEndObject();
        }));
    }

    /// <summary>The JSON <c>points</c> array of an agreement check (shared by the vector and image paths).</summary>
    internal static void WritePoints(Utf8JsonWriter w, IEnumerable<Agreement> checks)
    {
        w.WriteStartArray("points");
        foreach (var a in checks)
        {
            w.WriteStartObject();
            w.Number("t", a.Estimate.T);
            w.Number("mean", a.Estimate.Mean);
            w.Number("stderr", a.Estimate.StdErr);
            w.Number("analytic", a.Estimate.Analytic);
            w.Number("z", a.Estimate.Z);
            w.Number("rms_error", a.Estimate.RmsError);
            w.Number("bias_allowance", a.BiasAllowance);
            w.WriteBoolean("agrees", a.Passed);
            w.WriteNumber("excluded", a.Estimate.Excluded);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteFits(Utf8JsonWriter w, IReadOnlyList<SweepFit> fits)
    {
        w.WriteStartArray("fits");
        foreach (var f in fits)
        {
            w.WriteStartObject();
            w.Number("t", f.T);
            Line(w, "log_rms_vs_log_width", f.LogRmsVsLogWidth);
            Line(w, "deviation_vs_inverse_width", f.DeviationVsInverseWidth);
            Line(w, "log_abs_deviation_vs_log_width", f.LogDeviationVsLogWidth);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Line(Utf8JsonWriter w, string name, LineFit? fit)
    {
        if (fit is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.Number("intercept", fit.Intercept);
        w.Number("slope", fit.Slope);
        w.Number("intercept_error", fit.InterceptError);
        w.Number("slope_error", fit.SlopeError);
        w.Number("r_squared", fit.RSquared);
        w.WriteEndObject();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The values of one <c>mc</c> invocation.</summary>
    /// <param name="Spec">The architecture text.</param>
    /// <param name="Kind">NNGP or NTK.</param>
    /// <param name="Normalize">Normalise per network by the empirical diagonal (and the analytic kernel by K(1)).</param>
    /// <param name="Width">m.</param>
    /// <param name="Samples">s.</param>
    /// <param name="Points">The cosines.</param>
    /// <param name="Seed">The master seed.</param>
    /// <param name="Dimension">d.</param>
    /// <param name="Threads">Threads, or null for all cores.</param>
    /// <param name="Sweep">Widths to sweep, or null.</param>
    /// <param name="Format">Text or JSON.</param>
    public sealed record Request(string Spec, KernelKind Kind, bool Normalize, int Width, int Samples, double[] Points, ulong Seed,
        int Dimension, int? Threads, int[]? Sweep, OutputFormat Format);

    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
