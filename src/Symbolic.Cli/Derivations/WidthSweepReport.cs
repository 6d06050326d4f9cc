using System.Globalization;
using Symbolic.Cli.Plots;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Studies;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// The width sweep of an <c>mc</c> step (keys <c>sweep = "name"</c>, <c>widths = [...]</c>, <c>sweep_t</c>,
/// <c>sweep_samples</c>): the empirical kernel at one cosine for each width m by <see cref="WidthSweep"/>, with its fits
/// (fc-resnet.md §8; conv-dense.md §3.4): the RMS error of one network's estimate ∝ m^(−1/2) (fluctuations), and
/// mean − analytic = a + b/m (the O(1/m) bias b; a = 0 if the estimator converges to the analytic value). Records
/// <c>{id}_sweep_rms_slope</c> (± <c>_err</c>), <c>{id}_sweep_intercept</c> (± <c>_err</c>), <c>{id}_sweep_bias</c>
/// (± <c>_err</c>) and <c>{id}_sweep_dev_slope</c> (log |mean − analytic| against log m); plots them against m.
/// </summary>
public static class WidthSweepReport
{
    /// <summary>The sweep keys of <paramref name="o"/>, or null when there is no <c>sweep</c> key.</summary>
    public static (string Name, IReadOnlyList<int> Widths, double T, int Samples)? Options(TomlTable o, IReadOnlyList<string> names)
    {
        var name = o.OptionalString("sweep");
        if (name is null) return null;
        if (!names.Contains(name)) throw new UserError($"{o.File}:{o.Line}: sweep = \"{name}\" is not one of the names {string.Join(", ", names)}");
        var widths = o.Numbers("widths").Select(v => v == Math.Round(v) && v >= 1 && v <= 100_000 ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: widths must be integers in [1, 100000]")).ToList();
        if (widths.Distinct().Count() < 3) throw new UserError($"{o.File}:{o.Line}: a width sweep needs at least three distinct widths");
        var t = o.Number("sweep_t", 0.5);
        if (t is < -1 or > 1) throw new UserError($"{o.File}:{o.Line}: sweep_t must lie in [-1, 1]");
        return (name, widths, t, o.Integer("sweep_samples", 200, 3, 1_000_000));
    }

    /// <summary>Runs the sweep of <paramref name="layer"/> and writes its section.</summary>
    public static void Run(StepSpec step, DerivationContext context, Layer layer, string label, KernelKind kind, bool normalized,
        IReadOnlyList<int> widths, double t, int samples, ulong seed)
    {
        var analytic = AnalyticKernel.Values(layer, kind, normalized, [t]);
        var result = WidthSweep.Run(layer, widths, [t], new SamplingOptions(samples, seed), kind, normalized, analytic);
        var fit = result.Fits[0];
        var rms = fit.LogRmsVsLogWidth ?? throw new UserError($"step '{step.Id}': the RMS error vanished at some width (no log fit)");
        var deviation = fit.DeviationVsInverseWidth ?? throw new UserError($"step '{step.Id}': a standard error vanished (no bias fit)");
        context.Record($"{step.Id}_sweep_rms_slope", rms.Slope);
        context.Record($"{step.Id}_sweep_rms_slope_err", rms.SlopeError);
        context.Record($"{step.Id}_sweep_intercept", deviation.Intercept);
        context.Record($"{step.Id}_sweep_intercept_err", deviation.InterceptError);
        context.Record($"{step.Id}_sweep_bias", deviation.Slope);
        context.Record($"{step.Id}_sweep_bias_err", deviation.SlopeError);
        context.Record($"{step.Id}_sweep_dev_slope", fit.LogDeviationVsLogWidth?.Slope ?? double.NaN);

        var section = context.Section($"{step.Title}: width sweep");
        var kernelName = $"{(normalized ? "normalised" : "raw")} {(kind == KernelKind.Ntk ? "NTK" : "NNGP")}";
        section.Paragraph($"{label}, {kernelName} at t = {DerivationContext.Format(t)} (analytic {DerivationContext.Format(analytic[0])}), " +
                          $"{samples} networks per width, width m drawing from seed Derive({seed}, m).");
        section.Table(["m", "MC mean ± stderr", "mean − analytic", "RMS error of one network", "m·(mean − analytic)"],
            [.. result.Rows.Select(r => (IReadOnlyList<string>)[r.Width.ToString(CultureInfo.InvariantCulture),
                $"{DerivationContext.Format(r.Points[0].Mean)} ± {DerivationContext.Format(r.Points[0].StdErr)}",
                DerivationContext.Format(r.Points[0].Deviation), DerivationContext.Format(r.Points[0].RmsError),
                DerivationContext.Format(r.Width * r.Points[0].Deviation)])]);
        section.Paragraph($"Fits: ln RMS = c + s·ln m with s = {DerivationContext.Format(rms.Slope)} ± {DerivationContext.Format(rms.SlopeError)} " +
                          $"(fluctuations of order m^(−1/2)); mean − analytic = a + b/m with a = {DerivationContext.Format(deviation.Intercept)} ± " +
                          $"{DerivationContext.Format(deviation.InterceptError)} (0 if the estimator converges to the analytic kernel) and " +
                          $"b = {DerivationContext.Format(deviation.Slope)} ± {DerivationContext.Format(deviation.SlopeError)} (the O(1/m) bias).");

        var xs = result.Rows.Select(r => Math.Log10(r.Width)).ToArray();
        var rmsLine = xs.Select(x => (rms.Intercept + rms.Slope * x * Math.Log(10)) / Math.Log(10)).ToArray();
        var stderr = result.Rows.Select(r => Math.Log10(r.Points[0].StdErr)).ToArray();
        var series = new List<PlotSeries>
        {
            new("RMS error of a single network's kernel", xs, [.. result.Rows.Select(r => Math.Log10(r.Points[0].RmsError))], 0, Line: false),
            new($"fit: slope {DerivationContext.Format(Math.Round(rms.Slope, 3))} (theory −1/2)", xs, rmsLine, 0, Dashed: true, Markers: false),
            new($"standard error of the mean over {samples} networks", xs, stderr, 1),
            new("|MC mean − analytic|", xs, [.. result.Rows.Select(r => Math.Log10(Math.Abs(r.Points[0].Deviation)))], 2, Line: false),
            new($"fitted bias |b|/m, b = {DerivationContext.Format(Math.Round(deviation.Slope, 3))} ± {DerivationContext.Format(Math.Round(deviation.SlopeError, 3))}", xs, [.. result.Rows.Select(r => Math.Log10(Math.Abs(deviation.Slope) / r.Width))], 2, Dashed: true, Markers: false),
        };
        var file = $"{step.Id}_sweep.png";
        var title = $"{label}: error of the empirical {kernelName} vs width m at t = {DerivationContext.Format(t)}";
        SeriesPlot.Save(context.FigurePath(file), title, "log10 width m", "log10 error (units of the kernel)", series, ScottPlot.Alignment.LowerLeft);
        section.Figure(file, title);
    }
}
