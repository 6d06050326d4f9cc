namespace Symbolic.Core.Series;

/// <summary>A flagged decision taken while expanding: something decided numerically or assumed.</summary>
/// <param name="Kind">What kind of decision.</param>
/// <param name="Message">A one-line explanation naming the coefficient or argument involved.</param>
public sealed record SeriesNote(SeriesNoteKind Kind, string Message);
