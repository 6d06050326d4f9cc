using Symbolic.Spectral;

namespace Symbolic.Cli.Plots;

/// <summary>The log–log plot of a Mercer spectrum: even and odd eigenvalues as markers, the Bietti–Bach prediction
/// (Γ-ratio form) per parity as lines. Written atomically.</summary>
public static class SpectrumPlot
{
    /// <summary>Saves the plot of <paramref name="report"/> as a PNG at <paramref name="path"/>.</summary>
    public static void Save(string path, SpectrumReport report, string title)
    {
        var plot = new ScottPlot.Plot();
        foreach (var (parity, label, color) in new[] { (0, "even k", ScottPlot.Colors.Blue), (1, "odd k", ScottPlot.Colors.OrangeRed) })
        {
            var points = report.Eigenvalues.Where(e => e.Degree > 0 && e.Degree % 2 == parity && e.Value > 0 && double.IsFinite(e.Value)
                                                       && (e.ErrorEstimate is null || e.Value > 4 * e.ErrorEstimate.Value)).ToList();
            if (points.Count > 0)
            {
                var markers = plot.Add.ScatterPoints(points.Select(p => Math.Log10(p.Degree)).ToArray(), points.Select(p => Math.Log10(p.Value)).ToArray());
                markers.LegendText = $"μ_k, {label}";
                markers.Color = color;
                markers.MarkerSize = 4;
            }
            if (report.Asymptotics is { } prediction && prediction.ConstantFor(parity) != 0)
            {
                var degrees = Enumerable.Range(1, report.Eigenvalues.Length - 1).Where(k => k % 2 == parity && k >= 2).ToArray();
                var predicted = degrees.Select(k => prediction.Predict(k)).ToArray();
                var keep = degrees.Select((k, i) => i).Where(i => predicted[i] > 0 && double.IsFinite(predicted[i])).ToArray();
                if (keep.Length > 1)
                {
                    var line = plot.Add.ScatterLine(keep.Select(i => Math.Log10(degrees[i])).ToArray(), keep.Select(i => Math.Log10(predicted[i])).ToArray());
                    line.LegendText = $"prediction, {label}";
                    line.Color = color.WithAlpha(0.6);
                    line.LineWidth = 2;
                }
            }
        }
        plot.Title(title);
        plot.XLabel("log10 k");
        plot.YLabel("log10 μ_k");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        Files.AtomicFile.Write(path, temporary => plot.SavePng(temporary, 900, 600));
    }
}
