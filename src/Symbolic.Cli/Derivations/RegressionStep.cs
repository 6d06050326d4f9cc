using System.Globalization;
using Symbolic.Spectral.Regression;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "regression"</c>: kernel ridge regression on S^(d−1) of a synthetic target, a sum of spherical harmonics of
/// the given <c>degrees</c> (<see cref="HarmonicTarget"/>), with each kernel of <c>archs</c> (a template with
/// <c>{L}</c>, named by <c>names</c>, shown as <c>labels</c>) at each depth of <c>L</c>. <c>train</c>/<c>test</c>
/// points are uniform with <c>seed</c>; <c>ridge</c> is λ. Records <c>{id}_{name}_L{L}</c> = relative test error
/// Σ(f̂ − f)²/Σf² on the test points. <c>plot = "title"</c> draws the error against depth.
/// </summary>
public static class RegressionStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var archs = o.Strings("archs");
        var names = o.Strings("names");
        var labels = o.Strings("labels");
        if (archs.Count == 0 || names.Count != archs.Count || labels.Count != archs.Count)
            throw new UserError($"{o.File}:{o.Line}: regression needs archs, names and labels lists of the same length");
        var depths = o.Numbers("L").Select(v => (int)v).ToList();
        var dim = o.Integer("dim", 3, 2, 100);
        var train = o.Integer("train", 200, 2, 2000);
        var test = o.Integer("test", 200, 1, 10_000);
        var seed = o.Integer("seed", 1, 0, int.MaxValue);
        var ridge = o.Number("ridge", 1e-3);
        var degrees = o.Numbers("degrees").Select(v => (int)v).ToList();
        var plotTitle = o.OptionalString("plot");
        var kernelTable = o;
        if (degrees.Count == 0 || depths.Count == 0) throw new UserError($"{o.File}:{o.Line}: regression needs degrees = [...] and L = [...]");

        var target = HarmonicTarget.Random(dim, degrees, seed);
        var trainPoints = SpherePoints.Uniform(train, dim, seed + 1);
        var testPoints = SpherePoints.Uniform(test, dim, seed + 2);
        var trainTargets = trainPoints.Select(target.Evaluate).ToArray();
        var testTargets = testPoints.Select(target.Evaluate).ToArray();
        var scale = testTargets.Average(v => v * v);

        var errors = new double[archs.Count][];
        var rows = new List<IReadOnlyList<string>>();
        for (var a = 0; a < archs.Count; a++)
        {
            errors[a] = new double[depths.Count];
            for (var i = 0; i < depths.Count; i++)
            {
                var source = KernelSource.From(kernelTable, archs[a].Replace("{L}", depths[i].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
                var model = KernelRidgeRegression.Fit(source.Function, trainPoints, trainTargets, ridge);
                var error = model.MeanSquaredError(testPoints, testTargets) / scale;
                errors[a][i] = error;
                context.Record($"{step.Id}_{names[a]}_L{depths[i]}", error);
                rows.Add([labels[a], depths[i].ToString(CultureInfo.InvariantCulture), DerivationContext.Format(error), DerivationContext.Format(model.ConditionNumber)]);
            }
        }
        o.RejectUnusedKeys($"step '{step.Id}'");
        var section = context.Section(step.Title);
        section.Paragraph($"Target: f(x) = Σⱼ P_kⱼ(⟨x, zⱼ⟩) on S^{dim - 1} with degrees {{{string.Join(", ", degrees)}}} and random unit zⱼ " +
                          $"(a sum of spherical harmonics); {train} training and {test} test points drawn uniformly (seed {seed}); ridge λ = " +
                          $"{DerivationContext.Format(ridge)}; normalised kernels. Error = Σ(f̂ − f)²/Σf² on the test points.");
        section.Table(["kernel", "L", "relative test error", "cond(G + λI)"], rows);
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            var plot = new ScottPlot.Plot();
            var palette = new ScottPlot.Palettes.Category10();
            var xs = depths.Select(L => Math.Log10(L)).ToArray();
            for (var a = 0; a < archs.Count; a++)
            {
                var line = plot.Add.Scatter(xs, errors[a]);
                line.LegendText = labels[a];
                line.Color = palette.GetColor(a);
                line.LineWidth = 2;
                line.MarkerSize = 7;
            }
            plot.Title(plotTitle);
            plot.XLabel("log10 depth L");
            plot.YLabel("relative test error Σ(f̂ − f)² / Σf²");
            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
            Files.AtomicFile.Write(context.FigurePath(file), temporary => plot.SavePng(temporary, 900, 600));
            section.Figure(file, plotTitle);
        }
    }
}
