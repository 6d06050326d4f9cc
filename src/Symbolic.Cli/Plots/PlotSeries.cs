namespace Symbolic.Cli.Plots;

/// <summary>One series of a <see cref="SeriesPlot"/>: points (x, y) with optional symmetric error bars.</summary>
/// <param name="Label">Legend text.</param>
/// <param name="X">x values (already log10 when the axis is logarithmic; the axis label says so).</param>
/// <param name="Y">y values, as long as <paramref name="X"/>.</param>
/// <param name="Color">Index into the Category10 palette.</param>
/// <param name="Dashed">A dashed line (predictions, references).</param>
/// <param name="Markers">Draw markers at the points.</param>
/// <param name="Line">Connect the points with a line.</param>
/// <param name="Errors">Half-widths of error bars (same units as y), or null.</param>
public sealed record PlotSeries(string Label, double[] X, double[] Y, int Color, bool Dashed = false, bool Markers = true, bool Line = true,
    double[]? Errors = null);
