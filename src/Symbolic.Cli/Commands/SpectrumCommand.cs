using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Symbolic.Cli.Output;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Numbers;
using Symbolic.Kernels;
using Symbolic.Spectral;
using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;
using Symbol = Symbolic.Core.Expressions.Symbol;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic spectrum --arch SPEC --dim d --kmax K [--plot file.png]</c>: Mercer eigenvalues on S^(d−1)
/// (Funk–Hecke), the decay predicted from the end-point expansions (Bietti–Bach), and fitted slopes per parity.</summary>
public static class SpectrumCommand
{
    /// <summary>The time each end-point expansion of the prediction may take (deep ResNets need longer; <c>expand
    /// --timeout</c> has no such limit); past it the eigenvalues are printed without the prediction.</summary>
    public static readonly TimeSpan PredictionBudget = TimeSpan.FromSeconds(30);

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var dim = new Option<int?>("--dim", "-d") { Description = "The ambient dimension d (the sphere is S^(d-1)), d >= 2 (fully connected architectures)." };
        var channels = ImageOptions.Channels();
        var pixels = ImageOptions.Pixels();
        var points = new Option<int>("--points") { Description = "Convolutional: n in the predicted condition number 1 + n*lambda0/(1 - lambda0).", DefaultValueFactory = _ => 100 };
        var kmax = new Option<int>("--kmax") { Description = $"Largest degree k, 1 to {MercerSpectrum.MaxSupportedDegree}.", DefaultValueFactory = _ => 200 };
        var window = new Option<string?>("--window") { Description = "Fit window KMIN,KMAX (default: the upper two thirds of 0..kmax)." };
        var plot = new Option<string?>("--plot") { Description = "Write a log-log plot of the eigenvalues with the predicted lines to this PNG." };
        var format = CommonOptions.Format();
        var command = new Command("spectrum", "Mercer eigenvalues of the (normalised) kernel on the sphere, predicted and fitted decay; for " +
            "rescnn/cnn with --channels C0 --pixels d the product-harmonic eigenvalues on the multi-sphere MS(C0, d) (default --kmax 3 there).")
        {
            arch, kernel, dim, kmax, window, plot, channels, pixels, points, format,
        };
        command.SetAction(r =>
        {
            var (spec, kernelWord, fmt) = (r.GetValue(arch)!, r.GetValue(kernel)!, CommonOptions.ParseFormat(r.GetValue(format)));
            var (layer, _) = KernelOptions.Parse(spec);
            if (ImageOptions.IsImage(layer))
            {
                if (r.GetValue(dim) is not null) throw new UserError($"--dim: '{spec}' is convolutional: give --channels C0 --pixels d (images on MS(C0, d)) instead");
                if (r.GetValue(plot) is not null || r.GetValue(window) is not null)
                    throw new UserError("--plot/--window: apply to fully connected spectra on S^(d-1); the multi-sphere table has its own columns");
                var kmaxResult = r.GetResult(kmax);
                int k = kmaxResult is null || kmaxResult.Implicit ? 3 : r.GetValue(kmax);
                return ImageSpectrum.Run(r.InvocationConfiguration.Output, layer, spec, KernelOptions.Kinds(kernelWord)[0], r.GetValue(channels),
                    r.GetValue(pixels), k, r.GetValue(points), fmt);
            }
            ImageOptions.RefuseForFullyConnected(spec, ("--channels", r.GetValue(channels) is not null), ("--pixels", r.GetValue(pixels) is not null));
            if (r.GetValue(dim) is not { } d) throw new UserError("--dim: give the ambient dimension d >= 2 (the sphere S^(d-1))");
            return Run(r.InvocationConfiguration.Output, spec, kernelWord, d, r.GetValue(kmax), r.GetValue(window), r.GetValue(plot), fmt);
        });
        return command;
    }

    private static int Run(TextWriter output, string spec, string kernelWord, int dim, int kmax, string? windowText, string? plotPath, OutputFormat format)
    {
        if (MercerSpectrum.CheckArguments(dim, kmax) is { } problem) throw new UserError(problem);
        var fitWindow = ParseWindow(windowText, kmax);
        var (derivation, description) = KernelOptions.Derive(spec);
        var kind = KernelOptions.Kinds(kernelWord)[0];
        var closedForm = derivation.Kernel(kind, normalized: true);
        Func<double, double> kernel;
        if (closedForm is not null)
        {
            kernel = KernelFunctions.Scalar(closedForm, derivation.Variable);
        }
        else if (derivation.HasClosedForm)
        {
            throw new UserError("the NTK of this architecture is identically 0 (no trained layer)");
        }
        else
        {
            kernel = t => derivation.EvaluateNumeric(t).Select(kind, normalized: true);
        }

        DecayPrediction? prediction = null;
        string? asymptoticsNote = null;
        if (derivation.HasClosedForm)
        {
            if (!EndpointExpansion.TrySingularity(derivation, kind, normalize: true, Rational.Of(3), PredictionBudget, out var singular, out var error))
            {
                // The eigenvalues do not need the prediction: say why it is missing and go on.
                asymptoticsNote = FormattableString.Invariant(
                    $"no prediction: {error!.TrimEnd('.')} (spectrum allows {PredictionBudget.TotalSeconds:0} s per end point; expand --timeout can allow more); eigenvalues only");
            }
            else if (singular is { } s)
            {
                var none = new Dictionary<Symbol, double>();
                prediction = DecayPrediction.Create(dim, s.Nu.ToDouble(), Evaluator.Evaluate(s.C1, none), Evaluator.Evaluate(s.CMinus1, none));
            }
            else
            {
                asymptoticsNote = "no non-integer power up to u^3 at t = ±1: the kernel is smooth there and its eigenvalues decay faster than any power";
            }
        }
        else
        {
            asymptoticsNote = "no closed form, so no end-point expansion: eigenvalues only";
        }

        var spectrum = MercerSpectrum.OnSphere(kernel, dim, kmax);
        var report = SpectrumReport.Create(spectrum, prediction, fitWindow);
        if (plotPath is not null)
            Plots.SpectrumPlot.Save(plotPath, report, $"{(kind == KernelKind.Ntk ? "NTK" : "NNGP")} of {spec} on S^{dim - 1}");
        if (format == OutputFormat.Json)
        {
            var json = JsonSerializer.Serialize(report, new JsonSerializerOptions
            {
                WriteIndented = true,
                NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
            output.WriteLine(json);
            return ExitCodes.Ok;
        }
        WriteText(output, description, kind, dim, report, asymptoticsNote, plotPath);
        return ExitCodes.Ok;
    }

    private static DegreeWindow? ParseWindow(string? text, int kmax)
    {
        if (text is null) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var lo) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var hi))
            throw new UserError($"--window: expected KMIN,KMAX, got '{text}'");
        if (DegreeWindow.Check(lo, hi) is { } problem) throw new UserError($"--window: {problem}");
        if (hi > kmax) throw new UserError($"--window: KMAX = {hi} exceeds --kmax {kmax}");
        return new DegreeWindow(lo, hi);
    }

    private static void WriteText(TextWriter output, string description, KernelKind kind, int dim, SpectrumReport report, string? note, string? plotPath)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;   // redirected output would otherwise wrap at 80 columns
        console.WriteLine($"Architecture: {description}");
        console.WriteLine($"Mercer eigenvalues of the normalised {(kind == KernelKind.Ntk ? "NTK" : "NNGP")} on S^{dim - 1} (uniform probability measure).");
        var table = new Table().AddColumns("k", "mu_k", "N(d,k)", "mu_k / prediction");
        var ratios = report.Ratios.ToDictionary(r => r.Degree, r => r.Ratio);
        foreach (var e in report.Eigenvalues.Where(e => Shown(e.Degree, report.Eigenvalues.Length - 1)))
            table.AddRow(e.Degree.ToString(CultureInfo.InvariantCulture), Format(e.Value), Format(e.Multiplicity),
                ratios.TryGetValue(e.Degree, out var r) && r is double v ? Format(v) : "");
        console.Write(table);
        console.WriteLine($"Trace check: K(1) = {Format(report.Trace.KernelAtOne)}, sum N mu_k = {Format(report.Trace.PartialSum)} (tail {Format(report.Trace.MissingTail)}).");
        if (report.Asymptotics is { } a)
        {
            console.WriteLine($"Predicted (Bietti–Bach): nu = {Format(a.Nu)}, c1 = {Format(a.C1)}, c-1 = {Format(a.CMinus1)}; mu_k ~ C k^{Format(a.Exponent)} " +
                              $"with C = {Format(a.EvenConstant)} (even k), {Format(a.OddConstant)} (odd k).");
            if (a.EvenDecaysFaster) console.WriteLine("  even k decay faster than the rate (c1 = -c-1).");
            if (a.OddDecaysFaster) console.WriteLine("  odd k decay faster than the rate (c1 = c-1): e.g. exactly 0 for the 2-layer NTK.");
        }
        if (note is not null) console.WriteLine(note);
        var fit = report.Fit;
        console.WriteLine($"Fitted slopes of log mu_k vs log k over k in [{fit.Window.Min}, {fit.Window.Max}]: even {Slope(fit.Even.Slope)}, odd {Slope(fit.Odd.Slope)}.");
        if (plotPath is not null) console.WriteLine($"Plot written to {plotPath}.");
    }

    private static bool Shown(int k, int kmax) => kmax <= 40 || k <= 12 || k == kmax || (k & (k - 1)) == 0 || k % 100 == 0;

    private static string Slope(double? slope) => slope is double s ? Format(s) : "n/a (too few eigenvalues above round-off)";

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
