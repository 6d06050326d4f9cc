using System.Collections.Immutable;

namespace Symbolic.MonteCarlo.Studies;

/// <summary>The estimates of a width sweep, one row per width (ascending as requested), and the fits per cosine.</summary>
/// <param name="Rows">One row per width.</param>
/// <param name="Fits">One set of fits per cosine, in the order requested.</param>
public sealed record WidthSweepResult(ImmutableArray<WidthRow> Rows, ImmutableArray<SweepFit> Fits);
