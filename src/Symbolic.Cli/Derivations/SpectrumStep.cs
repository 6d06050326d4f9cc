using System.Globalization;
using Symbolic.Spectral;
using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "spectrum"</c>: Mercer eigenvalues μₖ of the kernel on S^(d−1) (<c>dim</c>, <c>kmax</c>, fit
/// <c>window = [kmin, kmax]</c>), the Bietti–Bach prediction from the end-point expansions (fc-resnet.md §3) and
/// power-law fits per parity. Records <c>{id}_mu{k}</c>, <c>{id}_nu</c>, <c>{id}_c1</c>, <c>{id}_cm1</c>,
/// <c>{id}_exponent</c> (predicted −(d − 1) − 2ν), <c>{id}_even</c> and <c>{id}_odd</c> (fitted slopes, NaN when a
/// parity has too few resolved eigenvalues), <c>{id}_ratio_even</c>/<c>{id}_ratio_odd</c> (μₖ/prediction at the
/// largest even/odd k of the window). <c>plot = "title"</c> writes the log–log plot; <c>predict = false</c> skips the expansion.
/// </summary>
public static class SpectrumStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var source = KernelSource.From(o);
        var dim = o.Integer("dim", 3, 2, 100);
        var kmax = o.Integer("kmax", 200, 2, MercerSpectrum.MaxSupportedDegree);
        var windowValues = o.Numbers("window");
        var plotTitle = o.OptionalString("plot");
        var predict = o.Boolean("predict", true);
        o.RejectUnusedKeys($"step '{step.Id}'");
        DegreeWindow? window = null;
        if (windowValues.Count > 0)
        {
            if (windowValues.Count != 2 || DegreeWindow.Check((int)windowValues[0], (int)windowValues[1]) is not null || windowValues[1] > kmax)
                throw new UserError($"{o.File}:{o.Line}: window must be [kmin, kmax] with 1 <= kmin < kmax <= {kmax}");
            window = new DegreeWindow((int)windowValues[0], (int)windowValues[1]);
        }

        var section = context.Section(step.Title);
        section.Paragraph($"Kernel: {source.Label}; Mercer eigenvalues on S^{dim - 1} (d = {dim}, uniform probability measure), k ≤ {kmax}.");
        DecayPrediction? prediction = null;
        if (predict && source.Singularity() is { } s)
        {
            var (c1, cm1) = (KernelSource.Value(s.C1), KernelSource.Value(s.CMinus1));
            prediction = DecayPrediction.Create(dim, s.Nu.ToDouble(), c1, cm1);
            context.Record($"{step.Id}_nu", s.Nu.ToDouble());
            context.Record($"{step.Id}_c1", c1);
            context.Record($"{step.Id}_cm1", cm1);
            context.Record($"{step.Id}_exponent", prediction.Exponent);
            section.Paragraph($"End points (exact series): K(1 − u) ∋ c₁u^ν and K(−1 + u) ∋ c₋₁u^ν with ν = {s.Nu}, " +
                              $"c₁ = {DerivationContext.Format(c1)}, c₋₁ = {DerivationContext.Format(cm1)}; Bietti–Bach predicts " +
                              $"μₖ ~ (c₁ ± c₋₁) C(d, ν) k^{DerivationContext.Format(prediction.Exponent)}.");
        }
        var spectrum = MercerSpectrum.OnSphere(source.Function, dim, kmax);
        var report = SpectrumReport.Create(spectrum, prediction, window);
        foreach (var e in spectrum.Eigenvalues) context.Record($"{step.Id}_mu{e.Degree}", e.Value);
        context.Record($"{step.Id}_even", report.Fit.Even.Slope ?? double.NaN);
        context.Record($"{step.Id}_odd", report.Fit.Odd.Slope ?? double.NaN);
        foreach (var parity in new[] { 0, 1 })
        {
            var last = report.Ratios.LastOrDefault(r => r.Degree % 2 == parity && r.Ratio is not null);
            if (last is not null) context.Record($"{step.Id}_ratio_{(parity == 0 ? "even" : "odd")}", last.Ratio!.Value);
        }
        var ratios = report.Ratios.ToDictionary(r => r.Degree, r => r.Ratio);
        var rows = spectrum.Eigenvalues.Where(e => e.Degree <= 8 || e.Degree == kmax || e.Degree == kmax - 1 || e.Degree % 50 == 0)
            .Select(e => (IReadOnlyList<string>)[e.Degree.ToString(CultureInfo.InvariantCulture), DerivationContext.Format(e.Value),
                ratios.TryGetValue(e.Degree, out var r) && r is double v ? DerivationContext.Format(v) : ""]).ToList();
        section.Table(["k", "μₖ", "μₖ / prediction"], rows);
        section.Paragraph($"Fitted slopes of log μₖ against log k over k ∈ [{report.Fit.Window.Min}, {report.Fit.Window.Max}]: " +
                          $"even {Slope(report.Fit.Even.Slope)}, odd {Slope(report.Fit.Odd.Slope)}.");
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            Cli.Plots.SpectrumPlot.Save(context.FigurePath(file), report, plotTitle);
            section.Figure(file, plotTitle);
        }
    }

    private static string Slope(double? slope) => slope is double s ? DerivationContext.Format(s) : "n/a (too few resolved eigenvalues)";
}
