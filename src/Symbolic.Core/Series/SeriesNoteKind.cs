namespace Symbolic.Core.Series;

/// <summary>What a <see cref="SeriesNote"/> flags.</summary>
public enum SeriesNoteKind
{
    /// <summary>A coefficient that is not structurally 0 was taken as 0 because its double value is within the
    /// estimated rounding error of 0 (see <see cref="SeriesContext"/>).</summary>
    NumericZero,

    /// <summary>Whether a coefficient is 0 could not be decided (NaN, or it depends on parameters whose sampled values
    /// disagree); it was treated as nonzero.</summary>
    UndecidedZero,

    /// <summary>The sign of a coefficient could not be decided and was assumed, as stated in the message.</summary>
    AssumedSign,

    /// <summary>An argument was recognised as the branch point ±1 (or 0) numerically rather than exactly.</summary>
    NumericBranchPoint,

    /// <summary>The requested order could not be reached; the series is returned to the lower order it states.</summary>
    OrderNotReached,
}
