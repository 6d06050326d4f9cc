using System.Globalization;
using Symbolic.Cli.Plots;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Specs;
using Symbolic.Spectral.Gram;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "condition"</c>: condition numbers of normalised Gram matrices vs depth, residual vs plain (conv-dense.md
/// §2.8). <c>points</c> seeded points on MS(C0 = <c>channels</c>, d = <c>pixels</c>) (<c>sampling = "random"</c>:
/// uniform, or <c>"kronecker"</c>: the quasi-uniform R_d sequence, C0 = 2 only; <c>seed</c>); for each L in
/// <c>L = [...]</c> the Gram of <c>rescnn(blocks=L, alpha=α, q=q, head=eq)</c> and <c>cnn(layers=L, q=q, head=eq)</c>
/// (<c>kernel = "gp"|"ntk"</c>) from the kernel layer's <see cref="ImageKernelEvaluator"/>, its eigenvalues by
/// <see cref="GramSpectrum"/>, and the double-constant prediction cond ≈ 1 + nλ₀/(1 − λ₀) with λ₀ the constant
/// eigenvalue of the canonical net (torus route, <c>intervals</c> per axis). Records <c>{id}_{net}_L{L}</c> (cond),
/// <c>_pred</c>, <c>_lambda0</c>, <c>_mean</c> (mean off-diagonal entry), <c>_bound</c> (the unit-diagonal lower bound),
/// <c>_top</c> = λ_max/n (→ λ₀ as n grows: the constant function is the top eigenfunction),
/// <c>{id}_L{L}_ratio</c> = cond(res)/cond(plain), and <c>{id}_gram_diff</c>: the largest difference between the
/// evaluator's Gram and the independent recursion of <see cref="CanonicalConvNet"/> over all depths.
/// </summary>
public static class ConditionStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var kindWord = o.OptionalString("kernel") ?? "ntk";
        if (kindWord is not ("gp" or "ntk")) throw new UserError($"{o.File}:{o.Line}: kernel must be \"gp\" or \"ntk\", got '{kindWord}'");
        var (kind, convKind) = kindWord == "gp" ? (KernelKind.Nngp, ConvKernelKind.Gp) : (KernelKind.Ntk, ConvKernelKind.Ntk);
        var pixels = o.Integer("pixels", 5, 1, 64);
        var filter = o.Integer("filter", 3, 1, 99);
        var alpha = o.Number("alpha", 1);
        var channels = o.Integer("channels", 2, 2, 64);
        var count = o.Integer("points", 100, 2, GramSpectrum.MaxSize);
        var seed = o.Integer("seed", 1, 0, int.MaxValue);
        var sampling = o.OptionalString("sampling") ?? "random";
        var intervals = o.Integer("intervals", 8, 2, 64);
        var depths = o.Numbers("L").Select(v => v == Math.Round(v) && v >= 1 && v <= 1000 ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: L values must be integers in [1, 1000]")).ToList();
        if (depths.Count == 0) throw new UserError($"{o.File}:{o.Line}: condition needs L = [...]");
        if (filter % 2 == 0) throw new UserError($"{o.File}:{o.Line}: the filter size must be odd");
        if (!(alpha > 0)) throw new UserError($"{o.File}:{o.Line}: alpha must be positive");
        var plotTitle = o.OptionalString("plot");
        var raw = sampling switch
        {
            "random" => MultiSpherePoints.Random(channels, pixels, count, seed),
            "kronecker" when channels == 2 => MultiSpherePoints.Kronecker(pixels, count, seed),
            _ => throw new UserError($"{o.File}:{o.Line}: sampling must be \"random\" or \"kronecker\" (C0 = 2 only), got '{sampling}'"),
        };
        o.RejectUnusedKeys($"step '{step.Id}'");

        var shape = ImageShape.Line(pixels);
        var points = ImagePoints.Create(shape, channels, raw.SelectMany(p => p).ToArray());
        var alphaText = alpha.ToString("R", CultureInfo.InvariantCulture);
        var rows = new List<IReadOnlyList<string>>();
        var conds = new Dictionary<string, double[]> { ["res"] = new double[depths.Count], ["plain"] = new double[depths.Count] };
        var predictions = new Dictionary<string, double[]> { ["res"] = new double[depths.Count], ["plain"] = new double[depths.Count] };
        var gramDiff = 0.0;
        for (var i = 0; i < depths.Count; i++)
        {
            var L = depths[i];
            foreach (var (tag, spec, net) in new[]
                     {
                         ("res", $"rescnn(blocks={L}, alpha={alphaText}, q={filter}, head=eq)", new CanonicalConvNet(true, convKind, pixels, filter, L, alpha)),
                         ("plain", $"cnn(layers={L}, q={filter}, head=eq)", new CanonicalConvNet(false, convKind, pixels, filter, L, alpha)),
                     })
            {
                var gram = Gram(spec, shape, channels, kind, points);
                var independent = MultiSpherePoints.Gram(net.EqKernel(), raw, channels);
                gramDiff = Math.Max(gramDiff, gram.Zip(independent, (a, b) => Math.Abs(a - b)).Max());
                var spectrum = GramSpectrum.Of(gram, count);
                var eigen = MultiSphereAnalysis.Eigenvalues(net, channels, 0, intervals: intervals);
                var lambda0 = eigen[new int[pixels]];
                var prediction = ConditionNumbers.LargeN(lambda0, count);
                var mean = GramSpectrum.MeanNormalizedOffDiagonal(gram, count);
                var bound = ConditionNumbers.LowerBound(gram, count);
                var name = $"{step.Id}_{tag}_L{L}";
                context.Record(name, spectrum.Condition);
                context.Record($"{name}_pred", prediction);
                context.Record($"{name}_lambda0", lambda0);
                context.Record($"{name}_mean", mean);
                context.Record($"{name}_bound", bound);
                context.Record($"{name}_top", spectrum.Eigenvalues[^1] / count);
                conds[tag][i] = spectrum.Condition;
                predictions[tag][i] = prediction;
                rows.Add([net.Name, L.ToString(CultureInfo.InvariantCulture), DerivationContext.Format(spectrum.Condition) + (spectrum.BelowRoundOff ? " (below round-off)" : ""),
                          DerivationContext.Format(bound), DerivationContext.Format(mean), DerivationContext.Format(lambda0), DerivationContext.Format(prediction),
                          DerivationContext.Format(spectrum.Eigenvalues[0]), DerivationContext.Format(spectrum.Eigenvalues[^1])]);
            }
            context.Record($"{step.Id}_L{L}_ratio", conds["res"][i] / conds["plain"][i]);
        }
        context.Record($"{step.Id}_gram_diff", gramDiff);

        var section = context.Section(step.Title);
        section.Paragraph($"{count} {(sampling == "random" ? "uniform random" : "quasi-uniform (Kronecker R_d)")} points on MS(C0 = {channels}, d = {pixels}) " +
                          $"(seed {seed}); Eq head at pixel 0, q = {filter}, α = {DerivationContext.Format(alpha)}, every layer trained, normalised " +
                          $"{(kind == KernelKind.Nngp ? "GP" : "NTK")} kernels. Gram matrices from the kernel layer's image evaluator (rescnn / cnn presets); " +
                          $"they agree with the independent recursion of the spectral layer's canonical nets to {DerivationContext.Format(gramDiff)} (largest entry difference).");
        section.Formula(@"\mathrm{cond} = \frac{\lambda_{\max}}{\lambda_{\min}}, \qquad \mathrm{cond} \approx 1 + \frac{n\lambda_0}{1 - \lambda_0}\ \text{(double-constant, large } n\text{)}, \qquad \mathrm{cond} \ge \frac{1 + (n-1)\,\overline{K}_{a\ne b}}{1 - \max_{a\ne b} K_{ab}}");
        section.Table(["kernel", "L", "cond", "lower bound", "mean K_ab (a ≠ b)", "λ₀ (torus, M = " + intervals.ToString(CultureInfo.InvariantCulture) + ")",
                       "1 + nλ₀/(1 − λ₀)", "λ_min", "λ_max"], rows);
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            var xs = depths.Select(L => Math.Log10(L)).ToArray();
            var names = new[] { ("res", "residual (ResC" + (kind == KernelKind.Nngp ? "GPK)" : "NTK)")), ("plain", "plain (C" + (kind == KernelKind.Nngp ? "GPK)" : "NTK)")) };
            var series = new List<PlotSeries>();
            for (var n = 0; n < names.Length; n++)
            {
                series.Add(new PlotSeries($"{names[n].Item2}: measured cond", xs, conds[names[n].Item1].Select(Math.Log10).ToArray(), n));
                series.Add(new PlotSeries($"{names[n].Item2}: 1 + nλ₀/(1 − λ₀)", xs, predictions[names[n].Item1].Select(Math.Log10).ToArray(), n, Dashed: true, Markers: false));
            }
            SeriesPlot.Save(context.FigurePath(file), plotTitle, "log10 depth L", $"log10 condition number of the {count}×{count} Gram matrix", series,
                ScottPlot.Alignment.UpperRight);
            section.Figure(file, plotTitle);
        }
    }

    private static double[] Gram(string spec, ImageShape shape, int channels, KernelKind kind, ImagePoints points)
    {
        var parsed = ArchitectureParser.Parse(spec);
        var layer = parsed.Value ?? throw new InvalidOperationException($"{spec}: {parsed.Error}");
        var evaluator = ImageKernelEvaluator.Create(layer, shape, channels, kind);
        var n = points.Count;
        var diagonal = evaluator.Diagonal(points, kind);
        var gram = new double[n * n];
        const int tile = 25;
        Parallel.For(0, (n + tile - 1) / tile, t =>
        {
            var start = t * tile;
            var rows = Math.Min(tile, n - start);
            var block = new double[rows * n];
            evaluator.Gram(points, start, rows, points, 0, n, kind, block, diagonal, diagonal);
            block.CopyTo(gram, start * n);
        });
        return gram;
    }
}
