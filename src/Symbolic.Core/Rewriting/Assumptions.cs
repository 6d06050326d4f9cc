using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// Domain facts about symbols that conditional rules may rely on, passed explicitly (there is no global state):
/// symbols known ≥ 0, known &gt; 0, and known to lie in [−1, 1]. The queries (<see cref="IsNonnegative"/>, …)
/// combine these with what structure guarantees — x² ≥ 0, exp x &gt; 0, √x ≥ 0, acos x ∈ [0, π], 1 − x² ≥ 0 for
/// x ∈ [−1, 1] — and hold "wherever the expression is defined" (points where it is NaN are not constrained).
/// </summary>
public sealed record Assumptions
{
    /// <summary>No assumptions: only structural facts are used.</summary>
    public static Assumptions None { get; } = new();

    /// <summary>Symbols known to be ≥ 0.</summary>
    public ImmutableHashSet<Symbol> Nonnegative { get; init; } = [];

    /// <summary>Symbols known to be &gt; 0.</summary>
    public ImmutableHashSet<Symbol> Positive { get; init; } = [];

    /// <summary>Symbols known to lie in [−1, 1] (e.g. a cosine similarity t = ⟨x, x′⟩ on the sphere).</summary>
    public ImmutableHashSet<Symbol> UnitInterval { get; init; } = [];

    /// <summary>These assumptions plus xᵢ ≥ 0 for each given symbol.</summary>
    public Assumptions AssumeNonnegative(params IEnumerable<Symbol> symbols) => this with { Nonnegative = Nonnegative.Union(symbols) };

    /// <summary>These assumptions plus xᵢ &gt; 0 for each given symbol.</summary>
    public Assumptions AssumePositive(params IEnumerable<Symbol> symbols) => this with { Positive = Positive.Union(symbols) };

    /// <summary>These assumptions plus xᵢ ∈ [−1, 1] for each given symbol.</summary>
    public Assumptions AssumeInUnitInterval(params IEnumerable<Symbol> symbols) => this with { UnitInterval = UnitInterval.Union(symbols) };

    /// <summary>Whether e ≥ 0 wherever e is defined, by structure or by these assumptions.</summary>
    public bool IsNonnegative(Expr e) => (Facts.Of(e, this).Sign & ~(SignSet.Zero | SignSet.Positive)) == 0;

    /// <summary>Whether e &gt; 0 wherever e is defined.</summary>
    public bool IsPositive(Expr e) => Facts.Of(e, this).Sign == SignSet.Positive;

    /// <summary>Whether e ≤ 0 wherever e is defined.</summary>
    public bool IsNonpositive(Expr e) => (Facts.Of(e, this).Sign & ~(SignSet.Zero | SignSet.Negative)) == 0;

    /// <summary>Whether e &lt; 0 wherever e is defined.</summary>
    public bool IsNegative(Expr e) => Facts.Of(e, this).Sign == SignSet.Negative;

    /// <summary>Whether e = 0 wherever e is defined.</summary>
    public bool IsZero(Expr e) => Facts.Of(e, this).Sign == SignSet.Zero;

    /// <summary>The signs x − y may take wherever it is defined (without building x − y when it is a sum).</summary>
    internal SignSet SignOfDifference(Expr x, Expr y) => Facts.OfDifference(x, y, this).Sign;

    /// <summary>Whether |e| ≤ 1 wherever e is defined.</summary>
    public bool IsInUnitInterval(Expr e) => Facts.Of(e, this).Bound is { } b && b <= Numbers.Rational.One;

    /// <summary>Whether the fact <paramref name="kind"/> holds for <paramref name="e"/>.</summary>
    public bool Holds(Assumption kind, Expr e) => kind switch
    {
        Assumption.Nonnegative => IsNonnegative(e),
        Assumption.Positive => IsPositive(e),
        Assumption.UnitInterval => IsInUnitInterval(e),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown assumption kind."),
    };

    /// <summary>Set equality of the three symbol sets.</summary>
    public bool Equals(Assumptions? other) =>
        other is not null && Nonnegative.SetEquals(other.Nonnegative) && Positive.SetEquals(other.Positive)
        && UnitInterval.SetEquals(other.UnitInterval);

    /// <summary>A hash consistent with set equality (order-independent).</summary>
    public override int GetHashCode() => HashCode.Combine(Hash(Nonnegative), Hash(Positive), Hash(UnitInterval));

    private static int Hash(ImmutableHashSet<Symbol> set) => set.Aggregate(set.Count, (h, s) => h ^ s.GetHashCode());
}
