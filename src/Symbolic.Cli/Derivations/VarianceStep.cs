using System.Globalization;
using Symbolic.Cli.Plots;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;
using Symbolic.MonteCarlo.Sampling;
using Symbolic.MonteCarlo.Studies;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "variance"</c>: Littwin's question (conv-dense.md §3.4): how the empirical NTK Θ̂(x, x) at one unit input
/// fluctuates over random networks as depth L (<c>L = [...]</c>) and width n (<c>widths</c>) grow, for each family of
/// <c>archs</c> (templates with <c>{L}</c>, named <c>names</c>, shown as <c>labels</c>). Each cell (L, n) draws
/// <c>samples</c> networks from seed Derive(Derive(<c>seed</c>, L), n) — the cells of <see cref="NtkVarianceStudy"/> —
/// and measures CV² = Var/E² of the NTK and of the readout part q (the empirical NNGP diagonal), with jackknife standard
/// errors over <c>batches</c> blocks. q is compared with its exact law <c>laws</c> (<see cref="ReadoutLaw"/>). Records
/// <c>{id}_{name}_L{L}_n{n}</c> (NTK CV²) and <c>_se</c>, <c>_q</c>, <c>_qse</c>, <c>_qlaw</c>, <c>_mean</c> (mean NTK
/// over its analytic value), <c>{id}_{name}_mean_maxz</c>, <c>{id}_q_maxz</c> = max |q − law|/se over all cells, and
/// (cells whose law exceeds <c>law_max</c> are reported but left out: for CV² ≳ 1, q is close to lognormal and the sample
/// variance of a few thousand draws is biased low by its heavy tail), <c>{id}_study_diff</c>: |CV²| difference from <see cref="NtkVarianceStudy"/> on the first cell (the same draws).
/// <c>plot</c> draws NTK CV² and readout CV² against depth at width <c>plot_width</c>.
/// </summary>
public static class VarianceStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var archs = o.Strings("archs");
        var names = o.Strings("names");
        var labels = o.Strings("labels");
        var lawTexts = o.Strings("laws");
        if (archs.Count == 0 || names.Count != archs.Count || labels.Count != archs.Count || lawTexts.Count != archs.Count)
            throw new UserError($"{o.File}:{o.Line}: variance needs archs, names, labels and laws lists of the same length");
        var laws = lawTexts.Select(t => ReadoutLaw.Parse(t)
            ?? throw new UserError($"{o.File}:{o.Line}: law '{t}' must be mlp, densenet, resnet(alpha=a) or resnet(gamma=g)")).ToList();
        if (archs.Any(a => !a.Contains("{L}", StringComparison.Ordinal))) throw new UserError($"{o.File}:{o.Line}: every arch must contain {{L}}");
        var depths = o.Numbers("L").Select(v => v == Math.Round(v) && v >= 1 && v <= 1000 ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: L values must be integers in [1, 1000]")).ToList();
        var widths = o.Numbers("widths").Select(v => v == Math.Round(v) && v >= 2 && v <= 100_000 ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: widths must be integers in [2, 100000]")).ToList();
        if (depths.Count == 0 || widths.Count == 0) throw new UserError($"{o.File}:{o.Line}: variance needs L = [...] and widths = [...]");
        var samples = o.Integer("samples", 1000, 20, 1_000_000);
        var seed = (ulong)o.Integer("seed", 1, 0, int.MaxValue);
        var batches = o.Integer("batches", 20, 2, 1000);
        if (samples % batches != 0) throw new UserError($"{o.File}:{o.Line}: samples must be a multiple of batches");
        var plotTitle = o.OptionalString("plot");
        var plotWidth = o.Integer("plot_width", widths[0], 2, 100_000);
        var lawMax = o.Number("law_max", double.PositiveInfinity);
        if (plotTitle is not null && !widths.Contains(plotWidth)) throw new UserError($"{o.File}:{o.Line}: plot_width must be one of the widths");
        o.RejectUnusedKeys($"step '{step.Id}'");

        var section = context.Section(step.Title);
        section.Paragraph($"One unit input x (z = x), {samples} networks per cell (depth L, width n), every layer trained, raw kernels; cell (L, n) draws " +
                          $"from seed Derive(Derive({seed}, L), n) as NtkVarianceStudy does. CV² = Var/E² with jackknife standard errors over {batches} blocks. " +
                          "q is the readout part of the NTK, the empirical NNGP diagonal ‖features‖²/width, whose exact law is §3.4's. " +
                          (double.IsPositiveInfinity(lawMax) ? "" : $"Cells whose law exceeds {DerivationContext.Format(lawMax)} are not tested against it: there q is " +
                          "close to lognormal and the sample variance of a few thousand draws is biased low by the heavy tail."));
        section.Formula(@"\frac{\mathrm{Var}\,q}{(\mathrm{E}\,q)^2} = \Big(1+\frac{2}{n}\Big)\Big(1+\frac{5}{n}\Big)^{L} - 1 \;(\text{MLP}),\quad " +
                        @"\Big(1+\frac{2}{n}\Big)\prod_{l=1}^{L}\Big[1+\frac{(4\alpha_l^2+7\alpha_l^4)/n + 10\alpha_l^4/n^2}{(1+\alpha_l^2)^2}\Big] - 1 \;(\text{ResNet}),\quad " +
                        @"\Big(1+\frac{2}{n}\Big)\prod_{l=1}^{L}\Big(1+\frac{5}{n(l+1)^2}\Big) - 1 \;(\text{DenseNet})");
        var rows = new List<IReadOnlyList<string>>();
        var qMaxZ = 0.0;
        var ntkPlot = new List<PlotSeries>();
        var qPlot = new List<PlotSeries>();
        for (var a = 0; a < archs.Count; a++)
        {
            var meanMaxZ = 0.0;
            var ntkAt = new List<(double Cv, double Se)>();
            var qAt = new List<(double Cv, double Se, double Law)>();
            foreach (var L in depths)
            {
                var layer = McStep.Parse(archs[a].Replace("{L}", L.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), o);
                var analytic = AnalyticKernel.Values(layer, KernelKind.Ntk, false, [1.0])[0];
                foreach (var n in widths)
                {
                    if (!FiniteNetwork.TryBuild(layer, n, 3, out var network, out var error)) throw new UserError($"{o.File}:{o.Line}: {archs[a]}: {error}");
                    var cellSeed = SplitMix64.Derive(SplitMix64.Derive(seed, (ulong)L), (ulong)n);
                    var run = MonteCarloSampler.Run(network, InputBatch.OnSphere(3, [1.0]), new SamplingOptions(samples, cellSeed));
                    var ntk = run.Values(KernelKind.Ntk, false, 0);
                    var q = run.Values(KernelKind.Nngp, false, 0);
                    var (cv, se) = Jackknife(ntk, batches);
                    var (qcv, qse) = Jackknife(q, batches);
                    var law = laws[a].RelativeVariance(n, L);
                    var summary = SampleSummary.Of(ntk);
                    var meanZ = (summary.Mean - analytic) / summary.StdErr;
                    meanMaxZ = Math.Max(meanMaxZ, Math.Abs(meanZ));
                    if (law <= lawMax) qMaxZ = Math.Max(qMaxZ, Math.Abs(qcv - law) / qse);
                    var name = $"{step.Id}_{names[a]}_L{L}_n{n}";
                    context.Record(name, cv);
                    context.Record($"{name}_se", se);
                    context.Record($"{name}_q", qcv);
                    context.Record($"{name}_qse", qse);
                    context.Record($"{name}_qlaw", law);
                    context.Record($"{name}_mean", summary.Mean / analytic);
                    if (a == 0 && L == depths[0] && n == widths[0])
                    {
                        var cell = NtkVarianceStudy.Run(_ => layer, [L], [n], 1.0, new SamplingOptions(samples, seed))[0];
                        context.Record($"{step.Id}_study_diff", Math.Abs(cell.RelativeVariance - summary.StdDev * summary.StdDev / (summary.Mean * summary.Mean)));
                    }
                    if (n == plotWidth)
                    {
                        ntkAt.Add((cv, se));
                        qAt.Add((qcv, qse, law));
                    }
                    rows.Add([labels[a], L.ToString(CultureInfo.InvariantCulture), n.ToString(CultureInfo.InvariantCulture),
                              $"{DerivationContext.Format(cv)} ± {DerivationContext.Format(se)}", DerivationContext.Format(n * cv),
                              $"{DerivationContext.Format(qcv)} ± {DerivationContext.Format(qse)}", DerivationContext.Format(law) + (law > lawMax ? " (heavy tails: not tested)" : ""),
                              DerivationContext.Format(analytic), DerivationContext.Format(meanZ)]);
                }
            }
            context.Record($"{step.Id}_{names[a]}_mean_maxz", meanMaxZ);
            if (plotTitle is not null)
            {
                var xs = depths.Select(L => Math.Log10(L)).ToArray();
                ntkPlot.Add(new PlotSeries(labels[a], xs, [.. ntkAt.Select(p => Math.Log10(p.Cv))], a,
                    Errors: [.. ntkAt.Select(p => p.Se / (p.Cv * Math.Log(10)))]));
                qPlot.Add(new PlotSeries($"{labels[a]}: measured", xs, [.. qAt.Select(p => Math.Log10(p.Cv))], a, Line: false,
                    Errors: [.. qAt.Select(p => p.Se / (p.Cv * Math.Log(10)))]));
                qPlot.Add(new PlotSeries($"{labels[a]}: exact law §3.4", xs, [.. qAt.Select(p => Math.Log10(p.Law))], a, Dashed: true, Markers: false));
            }
        }
        context.Record($"{step.Id}_q_maxz", qMaxZ);
        section.Table(["architecture", "L", "n", "CV² of the NTK Θ̂(x,x)", "n·CV²", "CV² of the readout q", "exact law for q", "analytic Θ(x,x)",
                       "z of the mean NTK"], rows);
        if (plotTitle is null) return;
        var depthXs = depths.Select(L => Math.Log10(L)).ToArray();
        ntkPlot.Add(new PlotSeries($"e^(5L/n) − 1 (MLP readout scale, n = {plotWidth})", depthXs,
            [.. depths.Select(L => Math.Log10(Math.Exp(5.0 * L / plotWidth) - 1))], 7, Dashed: true, Markers: false));
        var file = $"{step.Id}.png";
        SeriesPlot.Save(context.FigurePath(file), plotTitle, "log10 depth L", "log10 CV² of the empirical NTK at one input (Var / mean²)", ntkPlot, ScottPlot.Alignment.UpperLeft);
        section.Figure(file, plotTitle);
        var qTitle = $"Readout part q at width n = {plotWidth}: measured CV² (±1 s.e.) vs exact law";
        var qFile = $"{step.Id}_readout.png";
        SeriesPlot.Save(context.FigurePath(qFile), qTitle, "log10 depth L", "log10 CV² of the readout part q (Var / mean²)", qPlot, ScottPlot.Alignment.UpperLeft);
        section.Figure(qFile, qTitle);
    }

    /// <summary>CV² = s²/x̄² of <paramref name="values"/> and its delete-a-block jackknife standard error.</summary>
    private static (double Cv, double Se) Jackknife(double[] values, int batches)
    {
        static double Cv(IEnumerable<double> v)
        {
            var list = v as IReadOnlyList<double> ?? v.ToList();
            var mean = list.Average();
            var variance = list.Sum(x => (x - mean) * (x - mean)) / (list.Count - 1);
            return variance / (mean * mean);
        }
        var size = values.Length / batches;
        var full = Cv(values);
        var partial = Enumerable.Range(0, batches).Select(b => Cv(values.Where((_, i) => i / size != b))).ToArray();
        var average = partial.Average();
        var se = Math.Sqrt((batches - 1.0) / batches * partial.Sum(p => (p - average) * (p - average)));
        return (full, se);
    }
}
