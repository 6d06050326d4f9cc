using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>The outcome of <see cref="SeriesExpander.Expand(Expr, Symbol, ExpansionPoint, Rational)"/>: the series, or why there is none, plus the
/// decisions that were taken numerically or assumed.</summary>
/// <param name="Function">The expanded expression f(t).</param>
/// <param name="Variable">The variable t.</param>
/// <param name="Point">The substitution t = t₀ + σu.</param>
/// <param name="RequestedOrder">The order asked for: terms below u^order.</param>
/// <param name="Series">f(t₀ + σu) + O(u^order), or null on failure. Its <see cref="PuiseuxSeries.Order"/> is the
/// requested order, unless the note <see cref="SeriesNoteKind.OrderNotReached"/> says otherwise, or null when the
/// result is an exact finite sum.</param>
/// <param name="Failure">Why there is no series, or null.</param>
/// <param name="Error">A one-line message for users, or null.</param>
/// <param name="Notes">Numeric decisions and assumptions (see <see cref="SeriesContext"/>).</param>
public sealed record SeriesExpansion(
    Expr Function,
    Symbol Variable,
    ExpansionPoint Point,
    Rational RequestedOrder,
    PuiseuxSeries? Series,
    SeriesFailure? Failure,
    string? Error,
    ImmutableArray<SeriesNote> Notes)
{
    /// <summary>Whether a series was produced.</summary>
    public bool Succeeded => Series is not null;
}
