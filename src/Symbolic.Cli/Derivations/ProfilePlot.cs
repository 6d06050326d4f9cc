namespace Symbolic.Cli.Derivations;

/// <summary>Plots kernels against the angle θ = arccos t in degrees (0 to 180): one line per kernel, an optional
/// dashed reference, labelled axes, legend and title. Written atomically as a 900×600 PNG.</summary>
public static class ProfilePlot
{
    /// <summary>Saves the plot to <paramref name="path"/>.</summary>
    public static void Save(string path, string title, IReadOnlyList<(string Label, Func<double, double> Kernel)> curves,
        (string Label, Func<double, double> Kernel)? reference)
    {
        const int samples = 361;
        var angles = Enumerable.Range(0, samples).Select(i => 180.0 * i / (samples - 1)).ToArray();
        var plot = new ScottPlot.Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var c = 0; c < curves.Count; c++)
        {
            var (label, kernel) = curves[c];
            var line = plot.Add.ScatterLine(angles, angles.Select(a => kernel(Math.Cos(a * Math.PI / 180))).ToArray());
            line.LegendText = label;
            line.Color = palette.GetColor(c);
            line.LineWidth = 2;
        }
        if (reference is { } r)
        {
            var line = plot.Add.ScatterLine(angles, angles.Select(a => r.Kernel(Math.Cos(a * Math.PI / 180))).ToArray());
            line.LegendText = r.Label;
            line.Color = ScottPlot.Colors.Black;
            line.LinePattern = ScottPlot.LinePattern.Dashed;
            line.LineWidth = 1.5f;
        }
        plot.Title(title);
        plot.XLabel("angle θ between the inputs (degrees), t = cos θ");
        plot.YLabel("normalised kernel K(cos θ)");
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        Files.AtomicFile.Write(path, temporary => plot.SavePng(temporary, 900, 600));
    }
}
