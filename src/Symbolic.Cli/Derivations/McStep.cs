using System.Globalization;
using Symbolic.Cli.Plots;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Specs;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "mc"</c>: Monte Carlo agreement of finite networks with the analytic kernels (fc-resnet.md §8,
/// conv-dense.md §2.4, §3.3). For each architecture of <c>archs</c> (named <c>names</c>, shown as <c>labels</c>):
/// <c>samples</c> networks of width <c>width</c> (seed <c>seed</c>), the mean ± standard error of the empirical
/// <c>kernel</c> (<c>normalized</c>) against the analytic value, and the <see cref="AgreementCheck"/>
/// |mean − analytic| ≤ 5·stderr + 0.5·D/m·K_diag. Vector inputs at the cosines <c>t</c>, or, with <c>pixels</c>, images
/// on MS(<c>channels</c>, d): image 0 against <c>images</c> random images (seed <c>image_seed</c>). Records
/// <c>{id}_{name}_worst</c> = max |mean − analytic|/allowance, <c>{id}_{name}_maxz</c> = max |z|, and <c>{id}_fails</c>,
/// the number of points outside their allowance. <c>plot</c> draws (mean − analytic)/K_diag with the allowance as error
/// bars (a point agrees when its bar reaches 0).
/// <c>sweep = "name"</c> with <c>widths</c> adds a width sweep of that architecture (<see cref="WidthSweepReport"/>).
/// </summary>
public static class McStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var archs = o.Strings("archs");
        var names = o.Strings("names");
        var labels = o.Strings("labels");
        if (archs.Count == 0 || names.Count != archs.Count || labels.Count != archs.Count)
            throw new UserError($"{o.File}:{o.Line}: mc needs archs, names and labels lists of the same length");
        var kindWord = o.OptionalString("kernel") ?? "ntk";
        if (kindWord is not ("ntk" or "nngp")) throw new UserError($"{o.File}:{o.Line}: kernel must be \"ntk\" or \"nngp\"");
        var kind = kindWord == "ntk" ? KernelKind.Ntk : KernelKind.Nngp;
        var normalized = o.Boolean("normalized", false);
        var width = o.Integer("width", 128, 1, 100_000);
        var samples = o.Integer("samples", 200, 2, 1_000_000);
        var seed = (ulong)o.Integer("seed", 1, 0, int.MaxValue);
        var image = o.Has("pixels");
        var pixels = o.Integer("pixels", 4, 1, 64);
        var channels = o.Integer("channels", 2, 1, 64);
        var imageCount = o.Integer("images", 3, 1, 100);
        var imageSeed = o.Integer("image_seed", 1, 0, int.MaxValue);
        var cosines = o.Numbers("t");
        if (!image && (cosines.Count == 0 || cosines.Any(t => t is < -1 or > 1)))
            throw new UserError($"{o.File}:{o.Line}: mc on vectors needs t = [...] in [-1, 1] (or pixels = d for images)");
        var plotTitle = o.OptionalString("plot");
        var sweep = WidthSweepReport.Options(o, names);
        o.RejectUnusedKeys($"step '{step.Id}'");

        var section = context.Section(step.Title);
        var shape = ImageShape.Line(pixels);
        ImagePoints? images = null;
        if (image)
        {
            if (channels < 2) throw new UserError($"{o.File}:{o.Line}: images need channels ≥ 2 (pixels on the sphere S^(C0−1))");
            images = ImagePoints.Create(shape, channels, MultiSpherePoints.Random(channels, pixels, imageCount + 1, imageSeed).SelectMany(p => p).ToArray());
        }
        section.Paragraph($"{samples} networks of width m = {width} per architecture (seed {seed}), the empirical {(normalized ? "normalised " : "raw ")}" +
                          $"{kindWord.ToUpperInvariant()} against the analytic value. " +
                          (image ? $"Inputs: image 0 against images 1 … {imageCount}, uniform random points on MS({channels}, {pixels}) (seed {imageSeed})."
                                 : $"Inputs: unit vectors at the cosines t = {string.Join(", ", cosines.Select(DerivationContext.Format))}.") +
                          " A point agrees when |mean − analytic| ≤ 5·stderr + 0.5·D/m·K_diag (D = layers on the longest path, K_diag = √(K(x,x)K(z,z)), " +
                          "1 when normalised): the O(1/m) finite-width bias allowance of AgreementCheck.");
        var rows = new List<IReadOnlyList<string>>();
        var series = new List<PlotSeries>();
        var fails = 0;
        for (var a = 0; a < archs.Count; a++)
        {
            var layer = Parse(archs[a], o);
            var network = image
                ? FiniteNetwork.TryBuild(layer, width, channels, shape, out var n1, out var e1) ? n1 : throw new UserError($"{o.File}:{o.Line}: {archs[a]}: {e1}")
                : FiniteNetwork.TryBuild(layer, width, 3, out var n2, out var e2) ? n2 : throw new UserError($"{o.File}:{o.Line}: {archs[a]}: {e2}");
            var options = new SamplingOptions(samples, seed);
            double[] analytic, diagonals;
            IReadOnlyList<PointEstimate> estimates;
            IReadOnlyList<string> pointNames;
            if (image)
            {
                var evaluator = ImageKernelEvaluator.Create(layer, shape, channels);
                var values = Enumerable.Range(1, imageCount).Select(j => evaluator.Evaluate(images!.Point(0), images.Point(j))).ToList();
                analytic = [.. values.Select(v => kind == KernelKind.Ntk ? normalized ? v.NormalizedNtk : v.Ntk : normalized ? v.NormalizedNngp : v.Nngp)];
                diagonals = [.. values.Select(v => normalized ? 1 : kind == KernelKind.Ntk ? Math.Sqrt(v.NtkXX * v.NtkZZ) : Math.Sqrt(v.NngpXX * v.NngpZZ))];
                estimates = MonteCarloSampler.Run(network, images!, options).Estimates(kind, normalized, analytic);
                pointNames = [.. Enumerable.Range(1, imageCount).Select(j => $"(x₀, x{j})")];
            }
            else
            {
                analytic = AnalyticKernel.Values(layer, kind, normalized, cosines);
                var diagonal = normalized ? 1 : AnalyticKernel.Values(layer, kind, false, [1.0])[0];
                diagonals = [.. cosines.Select(_ => diagonal)];
                estimates = MonteCarloSampler.Run(network, InputBatch.OnSphere(3, cosines), options).Estimates(kind, normalized, analytic);
                pointNames = [.. cosines.Select(t => $"t = {DerivationContext.Format(t)}")];
            }
            double worst = 0, maxZ = 0;
            var allowances = new double[estimates.Count];
            for (var j = 0; j < estimates.Count; j++)
            {
                var e = estimates[j];
                var check = AgreementCheck.Check(e, AgreementCheck.BiasAllowance(network, diagonals[j]));
                var allowed = check.StatisticalAllowance + check.BiasAllowance;
                allowances[j] = allowed;
                worst = Math.Max(worst, Math.Abs(e.Deviation) / allowed);
                maxZ = Math.Max(maxZ, Math.Abs(e.Z));
                if (!check.Passed) fails++;
                rows.Add([labels[a], pointNames[j], DerivationContext.Format(e.Analytic), $"{DerivationContext.Format(e.Mean)} ± {DerivationContext.Format(e.StdErr)}",
                          DerivationContext.Format(e.Z), DerivationContext.Format(check.BiasAllowance), check.Passed ? "yes" : "NO"]);
            }
            context.Record($"{step.Id}_{names[a]}_worst", worst);
            context.Record($"{step.Id}_{names[a]}_maxz", maxZ);
            var xs = Enumerable.Range(0, estimates.Count).Select(j => a + 0.6 * (j + 1) / (estimates.Count + 1) - 0.3).ToArray();
            series.Add(new PlotSeries(labels[a], xs, [.. estimates.Select((e, j) => e.Deviation / diagonals[j])], a, Line: false,
                Errors: [.. allowances.Select((v, j) => v / diagonals[j])]));
        }
        context.Record($"{step.Id}_fails", fails);
        section.Table(["architecture", "point", "analytic", "MC mean ± stderr", "z", "bias allowance", "agrees"], rows);
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            series.Add(new PlotSeries("exact agreement", [-0.5, archs.Count - 0.5], [0, 0], 7, Dashed: true, Markers: false));
            SeriesPlot.Save(context.FigurePath(file), plotTitle, "architecture (one marker per input pair)",
                "(MC mean − analytic) / K_diag, bars: allowance",
                series, ScottPlot.Alignment.UpperRight, [.. Enumerable.Range(0, archs.Count).Select(a => (double)a)], [.. names]);
            section.Figure(file, plotTitle);
        }
        if (sweep is { } s)
        {
            var a = names.ToList().IndexOf(s.Name);
            if (image) throw new UserError($"{o.File}:{o.Line}: the width sweep takes vector inputs (no pixels)");
            WidthSweepReport.Run(step, context, Parse(archs[a], o), labels[a], kind, normalized, s.Widths, s.T, s.Samples, seed);
        }
    }

    /// <summary>Parses an architecture of a step, or throws a one-line user error.</summary>
    public static Layer Parse(string spec, TomlTable o)
    {
        var parsed = ArchitectureParser.Parse(spec);
        if (!parsed.IsSuccess || parsed.Value is null) throw new UserError($"{o.File}:{o.Line}: '{spec}': {parsed.Error}");
        return parsed.Value;
    }
}
