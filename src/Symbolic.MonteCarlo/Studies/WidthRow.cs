using System.Collections.Immutable;
using Symbolic.MonteCarlo.Estimation;

namespace Symbolic.MonteCarlo.Studies;

/// <summary>One width of a sweep: the estimate at every cosine.</summary>
/// <param name="Width">m.</param>
/// <param name="Points">One estimate per cosine, in the order requested.</param>
public sealed record WidthRow(int Width, ImmutableArray<PointEstimate> Points);
