namespace Symbolic.Cli.Plots;

/// <summary>A line/marker plot of several <see cref="PlotSeries"/> with a title, labelled axes and a legend, written
/// atomically as a 900×600 PNG (the derivation reports' figures).</summary>
public static class SeriesPlot
{
    /// <summary>Saves the plot to <paramref name="path"/>; points with a non-finite coordinate are left out.
    /// <paramref name="xTicks"/> with <paramref name="xTickLabels"/> replace the numeric x ticks (categories).</summary>
    public static void Save(string path, string title, string xLabel, string yLabel, IReadOnlyList<PlotSeries> series,
        ScottPlot.Alignment legend = ScottPlot.Alignment.UpperRight, double[]? xTicks = null, string[]? xTickLabels = null)
    {
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var s in series)
        {
            var keep = Enumerable.Range(0, s.X.Length).Where(i => double.IsFinite(s.X[i]) && double.IsFinite(s.Y[i])).ToArray();
            if (keep.Length == 0) continue;
            var xs = keep.Select(i => s.X[i]).ToArray();
            var ys = keep.Select(i => s.Y[i]).ToArray();
            var color = palette.GetColor(s.Color);
            if (s.Errors is { } errors)
            {
                var bars = plot.Add.ErrorBar(xs, ys, keep.Select(i => errors[i]).ToArray());
                bars.Color = color;
            }
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = s.Label;
            scatter.Color = color;
            scatter.LineWidth = s.Line ? 2 : 0;
            scatter.MarkerSize = s.Markers ? 7 : 0;
            if (s.Dashed) scatter.LinePattern = ScottPlot.LinePattern.Dashed;
        }
        if (xTicks is not null && xTickLabels is not null) plot.Axes.Bottom.SetTicks(xTicks, xTickLabels);
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(legend);
        Files.AtomicFile.Write(path, temporary => plot.SavePng(temporary, 900, 600));
    }
}
