using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Bench;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic condition --arch-template "rescnn(blocks={L}, alpha=1, head=eq)" [--compare "cnn(layers={L}, head=eq)"]
/// --depths 1,2,4,8 [--channels 2 --pixels 5 | --dim D] --points 40 --seed 1 [--data FILE] [--kernel nngp|ntk]</c>: the
/// depth study of conv-dense.md §2.8 — per depth and architecture the normalised Gram matrix on one fixed point set,
/// cond = λmax/λmin, λmin, λmax, λ₀ (mean normalised off-diagonal), the double-constant prediction 1 + n·λ₀/(1 − λ₀), and
/// per depth which architecture is better conditioned: measured, never assumed. JSON: <c>{"template", "compare", "kernel",
/// "n", "points", "seed", "channels", "pixels", "dimension", "rows": [{"arch", "depth", "spec", "cond", "lambda_min",
/// "lambda_max", "lambda0", "double_constant_cond", "resolvable_cond", "below_round_off"}], "comparisons": [{"depth",
/// "better_cond", "better_double_constant"}]}</c> ("template"/"compare" name the winner; "tie" when equal).
/// </summary>
public static class ConditionCommand
{
    /// <summary>The placeholder the depth replaces in the templates.</summary>
    public const string Placeholder = "{L}";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var template = new Option<string>("--arch-template") { Description = $"The architecture with {Placeholder} for the depth, e.g. \"rescnn(blocks={{L}}, alpha=1, head=eq)\".", Required = true };
        var compare = new Option<string?>("--compare") { Description = $"A second template to compare with, e.g. \"cnn(layers={{L}}, head=eq)\"." };
        var depths = new Option<string>("--depths") { Description = "Comma-separated depths L ≥ 1, e.g. 1,2,4,8,16.", DefaultValueFactory = _ => "1,2,4,8" };
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var channels = ImageOptions.Channels();
        var pixels = ImageOptions.Pixels();
        var grid = ImageOptions.Grid();
        var dim = new Option<int>("--dim") { Description = "Fully connected: generated points lie on S^(D-1), D ≥ 2.", DefaultValueFactory = _ => 3 };
        var points = new Option<int>("--points") { Description = $"Generated points n, in [2, {GramSpectrum.MaxSize}].", DefaultValueFactory = _ => 40 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated points.", DefaultValueFactory = _ => 1 };
        var data = new Option<string?>("--data") { Description = "Use these points instead (CSV or .npy, as for 'gram'; images need --channels)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = CommonOptions.Format();
        var command = new Command("condition", "Condition numbers of the normalised Gram matrix vs depth, for one architecture template or two " +
            "compared (which is better is measured, not assumed), with the double-constant prediction 1 + n*lambda0/(1 - lambda0).")
        {
            template, compare, depths, kernel, channels, pixels, grid, dim, points, seed, data, threads, format,
        };
        command.SetAction(r => Run(r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, r.GetValue(template)!, r.GetValue(compare),
            ParseDepths(r.GetValue(depths)!), r.GetValue(kernel) == "nngp" ? KernelKind.Nngp : KernelKind.Ntk, r.GetValue(channels), r.GetValue(pixels),
            r.GetValue(grid), r.GetValue(dim), r.GetValue(points), r.GetValue(seed), r.GetValue(data), r.GetValue(threads), CommonOptions.ParseFormat(r.GetValue(format))));
        return command;
    }

    /// <summary>Parses <c>--depths</c>: distinct integers in [1, 100000], in the given order.</summary>
    public static int[] ParseDepths(string text)
    {
        var depths = text.Split(',', StringSplitOptions.TrimEntries).Select(item =>
            int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out int l) && l is >= 1 and <= 100_000
                ? l
                : throw new UserError($"--depths: '{item}' is not a depth in [1, 100000]")).ToArray();
        if (depths.Distinct().Count() != depths.Length) throw new UserError($"--depths: '{text}' repeats a depth");
        return depths;
    }

    private static int Run(TextWriter output, TextWriter error, string template, string? compare, int[] depths, KernelKind kind, int? channels,
        int? pixels, string? grid, int dim, int count, int seed, string? data, int threads, OutputFormat format)
    {
        foreach (var (name, text) in new[] { ("--arch-template", template), ("--compare", compare) })
            if (text is not null && !text.Contains(Placeholder, StringComparison.Ordinal))
                throw new UserError($"{name}: '{text}' has no {Placeholder} placeholder for the depth");
        if (threads < 1) throw new UserError($"--threads: expected at least 1, got {threads}");
        if (data is null && count is < 2 or > GramSpectrum.MaxSize) throw new UserError($"--points: {count} is outside the accepted range [2, {GramSpectrum.MaxSize}]");
        var options = new GramOptions { Threads = threads, Cancellation = Interruption.Current.Token };
        var templates = compare is null ? new[] { ("template", template) } : [("template", template), ("compare", compare)];
        var (first, _) = KernelOptions.Parse(template.Replace(Placeholder, depths[0].ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        bool image = ImageOptions.IsImage(first);
        Func<string, int, ConditionStudy.Row> measure;
        int n;
        string where;
        if (image)
        {
            int c0 = ImageOptions.RequireChannels(channels, template);
            var images = data is not null ? ImageFile.Read(data, c0, ImageOptions.ParseGrid(grid))
                : ConditionStudy.Images(ImageOptions.ShapeFromOptions(pixels, grid), c0, count, seed);
            (n, where) = (images.Count, data ?? $"{count} seeded points on MS({c0}, {images.Shape.Pixels})");
            measure = (spec, depth) => ConditionStudy.MeasureImages(spec, depth, kind, images, options);
        }
        else
        {
            ImageOptions.RefuseForFullyConnected(template, ("--channels", channels is not null), ("--pixels", pixels is not null), ("--grid", grid is not null));
            if (dim < 2) throw new UserError($"--dim: {dim} is outside the accepted range [2, {McCommand.MaxDimension}]");
            PointSet vectors;
            if (data is not null)
            {
                if (!PointFile.Read(data).TryNormalize(out var normalized, out var problem)) throw new UserError($"--data: {problem}");
                vectors = normalized;
            }
            else vectors = ConditionStudy.Sphere(dim, count, seed);
            (n, where) = (vectors.Count, data ?? $"{count} seeded points on S^{dim - 1}");
            measure = (spec, depth) => ConditionStudy.MeasureVectors(spec, depth, kind, vectors, options);
        }
        if (n > GramSpectrum.MaxSize) throw new UserError($"--data: {n} points exceed {GramSpectrum.MaxSize} (dense O(n³) eigensolver)");
        var rows = new List<(string Role, ConditionStudy.Row Row)>();
        foreach (int depth in depths)
            foreach (var (role, text) in templates)
            {
                var row = measure(text.Replace(Placeholder, depth.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), depth);
                rows.Add((role, row));
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"condition: {row.Spec}: cond = {row.Spectrum.Condition:G6}"));
            }
        ConditionReport.Write(output, format, template, compare, kind, n, where, rows, depths);
        return ExitCodes.Ok;
    }
}
