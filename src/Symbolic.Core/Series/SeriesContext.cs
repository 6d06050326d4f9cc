using System.Globalization;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// Decisions an expansion needs beyond canonical form, and the record of those it could not take exactly.
/// Zero-ness and signs of coefficients are decided exactly when they are rational numbers; otherwise from a double
/// evaluation with a stochastic (CESTAC) estimate of its rounding error (a value within 16× that estimate counts as 0, see
/// <see cref="ZeroToleranceFactor"/>), and every such numeric decision is recorded in <see cref="Notes"/>.
/// </summary>
/// <remarks>One context per expansion; not thread-safe. Coefficients that still contain unknown tail terms are
/// never decided numerically (they are reported as unknown to the caller).</remarks>
public sealed class SeriesContext
{
    private readonly NumericOracle _oracle = new();
    private readonly List<SeriesNote> _notes = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>A value counts as numerically 0 when |value| ≤ this factor × its estimated rounding error.</summary>
    public static double ZeroToleranceFactor => NumericOracle.Safety;

    /// <summary>The numeric decisions and assumptions taken so far, in order, without duplicates.</summary>
    public IReadOnlyList<SeriesNote> Notes => _notes;

    /// <summary>Records a note once.</summary>
    internal void Note(SeriesNoteKind kind, string message)
    {
        if (_seen.Add(message)) _notes.Add(new SeriesNote(kind, message));
    }

    /// <summary>Whether <paramref name="e"/> is 0; <paramref name="what"/> names it in notes.</summary>
    internal Truth IsZero(Expr e, string what)
    {
        if (e is Number n) return n.Value.IsZero ? Truth.True : Truth.False;
        if (TailSymbols.OccursIn(e)) return Truth.Unknown;
        var answer = _oracle.IsZero(e);
        if (answer == Truth.True)
            Note(SeriesNoteKind.NumericZero, $"{what} is not structurally 0 but numerically 0 ({Describe(e)}); taken as 0.");
        else if (answer == Truth.Unknown)
            Note(SeriesNoteKind.UndecidedZero, $"{what} could not be evaluated to decide whether it is 0; treated as nonzero.");
        return answer;
    }

    /// <summary>The sign of <paramref name="e"/> (−1, 0, 1), or null if it cannot be decided.</summary>
    internal int? Sign(Expr e)
    {
        if (e is Number n) return n.Value.Sign;
        if (TailSymbols.OccursIn(e)) return null;
        var sign = _oracle.Sign(e);
        if (sign is int s && !e.IsConstant)
        {
            var text = e.ToString();
            Note(SeriesNoteKind.AssumedSign, $"The sign of {(text.Length > 80 ? text[..80] + "…" : text)} depends on parameters; " +
                $"{(s > 0 ? "positive" : s < 0 ? "negative" : "zero")} at the sampled values, assumed throughout.");
        }
        return sign;
    }

    /// <summary>The sign of <paramref name="e"/>, assuming <paramref name="assumed"/> (with a note) when undecidable.</summary>
    internal int SignOrAssume(Expr e, int assumed, string what)
    {
        if (Sign(e) is int s) return s;
        Note(SeriesNoteKind.AssumedSign, $"The sign of {what} could not be decided; assumed {(assumed > 0 ? "positive" : "negative")}.");
        return assumed;
    }

    /// <summary>Whether <paramref name="e"/> equals the rational <paramref name="value"/>: exactly when decidable,
    /// otherwise numerically (noted as a numeric branch point).</summary>
    internal Truth EqualsNumber(Expr e, Numbers.Rational value, string what)
    {
        if (e is Number n) return n.Value == value ? Truth.True : Truth.False;
        if (TailSymbols.OccursIn(e)) return Truth.Unknown;
        var answer = _oracle.IsZero(Algebra.Algebra.Subtract(e, Number.Of(value)));
        if (answer == Truth.True)
            Note(SeriesNoteKind.NumericBranchPoint, $"{what} equals {value} numerically but not structurally; treated as {value}.");
        return answer;
    }

    /// <summary>A double value with its bound, for messages.</summary>
    internal string Describe(Expr e)
    {
        var estimate = _oracle.Evaluate(e, 0);
        return string.Create(CultureInfo.InvariantCulture, $"value {estimate.Value:G3}, estimated rounding error {estimate.Bound:G3}");
    }
}
