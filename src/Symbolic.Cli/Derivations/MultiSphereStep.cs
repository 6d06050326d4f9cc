using System.Globalization;
using Symbolic.Cli.Plots;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "multisphere"</c>: the Barzilai spectra (conv-dense.md §2.5–§2.8) of the canonical ResCNN and of the plain
/// CNN with the same d = <c>pixels</c>, q = <c>filter</c>, L = <c>blocks</c> (α = <c>alpha</c>, C0 = <c>channels</c>,
/// <c>kernel = "gp"|"ntk"</c>, <c>train_embedding</c>), eigenvalues λ_k for k ∈ {0 … <c>kmax</c>}^d. Along each ray
/// k = m·k̂ of <c>rays</c> (strings such as <c>"1,0,0"</c>) at the <c>multipliers</c> m it fits local log–log slopes
/// and compares them with the predicted exponent |W|(C0 − 1) + 2s (§2.6). Records, for net ∈ {res, plain}:
/// <c>{id}_{net}_lambda0</c> (λ₀, §2.8), <c>{id}_{net}_trace</c>, <c>{id}_{net}_loc1…3</c> (the §2.7 ratios, d ≥ 4),
/// <c>{id}_{net}_ray{j}_slope{i}</c> (i-th local slope), <c>{id}_{net}_ray{j}_last</c>, <c>{id}_ray{j}_exponent</c>,
/// <c>{id}_{net}_zeros</c> (frequencies predicted zero by the receptive field or parity) and <c>{id}_{net}_zero_max</c>
/// = max |λ_k|/λ₀ over them. <c>plot = "title"</c> draws log λ against log m along the rays, residual vs plain.
/// </summary>
public static class MultiSphereStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var kindWord = o.OptionalString("kernel") ?? "ntk";
        var kind = kindWord switch
        {
            "gp" => ConvKernelKind.Gp,
            "ntk" => ConvKernelKind.Ntk,
            _ => throw new UserError($"{o.File}:{o.Line}: kernel must be \"gp\" or \"ntk\", got '{kindWord}'"),
        };
        var pixels = o.Integer("pixels", 3, 1, 12);
        var filter = o.Integer("filter", 3, 1, 99);
        var blocks = o.Integer("blocks", 1, 1, 10_000);
        var alpha = o.Number("alpha", 1);
        var channels = o.Integer("channels", 2, 2, 64);
        var kmax = o.Integer("kmax", 4, 0, 200);
        var intervals = o.Has("intervals") ? o.Integer("intervals", 16, 2, 1 << 16) : (int?)null;
        var trainEmbedding = o.Boolean("train_embedding", true);
        var rays = o.Strings("rays").Select(r => ParseRay(r, pixels, o)).ToList();
        var multipliers = o.Numbers("multipliers").Select(v => v == Math.Round(v) && v >= 1 && v <= kmax ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: multipliers must be integers in [1, kmax = {kmax}]")).ToList();
        if (rays.Count > 0 && multipliers.Count < 2) throw new UserError($"{o.File}:{o.Line}: rays need at least two multipliers");
        foreach (var ray in rays)
            if (ray.Max() * multipliers.DefaultIfEmpty(1).Max() > kmax)
                throw new UserError($"{o.File}:{o.Line}: ray ({string.Join(",", ray)}) times the largest multiplier exceeds kmax = {kmax}");
        var plotTitle = o.OptionalString("plot");
        o.RejectUnusedKeys($"step '{step.Id}'");

        var nets = new[]
        {
            ("res", new CanonicalConvNet(true, kind, pixels, filter, blocks, alpha, trainEmbedding)),
            ("plain", new CanonicalConvNet(false, kind, pixels, filter, blocks, alpha, trainEmbedding)),
        };
        var section = context.Section(step.Title);
        section.Paragraph($"Canonical 1-D circular nets of §2.1 with the Eq head at pixel 0 on MS(C0 = {channels}, d = {pixels}): q = {filter}, " +
                          $"L = {blocks}, α = {DerivationContext.Format(alpha)} (residual), 1×1 embedding " +
                          $"({(trainEmbedding ? "trained" : "frozen, Θ⁽⁰⁾ = 0")}) and readout, normalised kernels, frequencies k ∈ {{0 … {kmax}}}^{pixels}.");
        var summary = new List<IReadOnlyList<string>>();
        var spectra = new List<MultiSphereEigenvalues>();
        foreach (var (tag, net) in nets)
        {
            if (MultiSphereAnalysis.Check(net, channels, kmax, intervals) is { } error) throw new UserError($"{o.File}:{o.Line}: {error}");
            var eigenvalues = MultiSphereAnalysis.Eigenvalues(net, channels, kmax, intervals: intervals);
            spectra.Add(eigenvalues);
            var lambda0 = eigenvalues[new int[pixels]];
            var trace = eigenvalues.TruncatedTrace();
            var locality = LocalityRatio.Standard(eigenvalues);
            context.Record($"{step.Id}_{tag}_lambda0", lambda0);
            context.Record($"{step.Id}_{tag}_trace", trace);
            if (net.ReceptiveField < pixels) locality = [];
            for (var i = 0; i < locality.Count; i++) context.Record($"{step.Id}_{tag}_loc{i + 1}", locality[i].Value);
            var zeros = eigenvalues.Frequencies().Where(k => DecayRule.PredictedZero(net, k)).ToList();
            var zeroMax = zeros.Count == 0 ? 0 : zeros.Max(k => Math.Abs(eigenvalues[k])) / lambda0;
            context.Record($"{step.Id}_{tag}_zeros", zeros.Count);
            context.Record($"{step.Id}_{tag}_zero_max", zeroMax);
            summary.Add([net.Name, DerivationContext.Format(lambda0), DerivationContext.Format(trace),
                         .. locality.Select(l => DerivationContext.Format(l.Value)),
                         zeros.Count.ToString(CultureInfo.InvariantCulture), DerivationContext.Format(zeroMax)]);
            if (tag == "res") section.Paragraph($"Method: {eigenvalues.Method}. Receptive field of pixel 0: {net.ReceptiveField} pixels.");
        }
        var localityNames = spectra[0].Pixels >= 4 && kmax >= 1 && nets[0].Item2.ReceptiveField == pixels
            ? LocalityRatio.Standard(spectra[0]).Select(l => $"λ({Pattern(l.Near)}) / λ({Pattern(l.Far)})").ToList()
            : [];
        section.Table(["kernel", "λ₀ (constant eigenfunction)", "Σ mult·λ_k over the table", .. localityNames,
                       "predicted zeros", "max |λ_k|/λ₀ over them"], summary);
        if (localityNames.Count > 0)
            section.Paragraph("Locality ratios (§2.7): adjacent vs distance-2 pair, far vs near single pixel, pair inside a first-layer patch vs pair " +
                              "only in the top window. The residual kernel weights shallow paths (small windows) more.");
        if (rays.Count > 0) RaySlopes(step, context, section, nets, spectra, rays, multipliers, channels, plotTitle);
    }

    private static void RaySlopes(StepSpec step, DerivationContext context, ReportSection section, (string Tag, CanonicalConvNet Net)[] nets,
        List<MultiSphereEigenvalues> spectra, List<int[]> rays, List<int> multipliers, int channels, string? plotTitle)
    {
        var rows = new List<IReadOnlyList<string>>();
        var series = new List<PlotSeries>();
        for (var j = 0; j < rays.Count; j++)
        {
            var ray = rays[j];
            var exponent = DecayRule.PredictedExponent(nets[0].Net, channels, ray)
                           ?? throw new UserError($"step '{step.Id}': ray ({string.Join(",", ray)}) lies outside the receptive field (λ = 0)");
            context.Record($"{step.Id}_ray{j + 1}_exponent", exponent);
            var slopes = new double[2][];
            for (var n = 0; n < nets.Length; n++)
            {
                slopes[n] = DecayRule.LocalSlopes(spectra[n], ray, multipliers);
                for (var i = 0; i < slopes[n].Length; i++) context.Record($"{step.Id}_{nets[n].Tag}_ray{j + 1}_slope{i + 1}", slopes[n][i]);
                context.Record($"{step.Id}_{nets[n].Tag}_ray{j + 1}_last", slopes[n][^1]);
                var xs = multipliers.Select(m => Math.Log10(m)).ToArray();
                var ys = multipliers.Select(m => Math.Log10(spectra[n][[.. ray.Select(k => k * m)]])).ToArray();
                series.Add(new PlotSeries($"{nets[n].Net.Name}, k = m·({string.Join(",", ray)})", xs, ys, 2 * j + n, Dashed: n == 1));
                if (n == 0)
                {
                    // The predicted power law m^(−exponent), anchored at the residual kernel's last point.
                    var anchor = ys[^1] + exponent * xs[^1];
                    series.Add(new PlotSeries($"slope −{DerivationContext.Format(exponent)} (predicted), ray ({string.Join(",", ray)})",
                        xs, xs.Select(x => anchor - exponent * x).ToArray(), 7, Dashed: true, Markers: false));
                }
            }
            for (var i = 0; i < multipliers.Count - 1; i++)
                rows.Add([$"({string.Join(",", ray)})", $"{multipliers[i]} → {multipliers[i + 1]}", DerivationContext.Format(slopes[0][i]),
                          DerivationContext.Format(slopes[1][i]), DerivationContext.Format(exponent)]);
        }
        section.Paragraph("Local log–log slopes −Δ ln λ / Δ ln m along rays k = m·k̂, against the predicted exponent |W|(C0 − 1) + 2s " +
                          "(W the smallest window of the hierarchy containing supp(k); s = 3/2 for the GP, 1/2 for the NTK; §2.6).");
        section.Table(["ray k̂", "m", $"slope, {nets[0].Net.Name}", $"slope, {nets[1].Net.Name}", "predicted exponent"], rows);
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            SeriesPlot.Save(context.FigurePath(file), plotTitle, "log10 m (frequency k = m·k̂ along a ray)", "log10 λ_k (Mercer eigenvalue)", series);
            section.Figure(file, plotTitle);
        }
    }

    private static string Pattern(int[] k) => string.Join(" + ", k.Select((v, i) => (v, i)).Where(p => p.v != 0).Select(p => p.v == 1 ? $"e{p.i}" : $"{p.v}e{p.i}"));

    private static int[] ParseRay(string text, int pixels, TomlTable o)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var ray = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out ray[i]) || ray[i] < 0)
                throw new UserError($"{o.File}:{o.Line}: ray '{text}' must be {pixels} non-negative integers separated by commas");
        if (ray.Length != pixels || ray.All(k => k == 0))
            throw new UserError($"{o.File}:{o.Line}: ray '{text}' must have {pixels} entries, not all zero");
        return ray;
    }
}
