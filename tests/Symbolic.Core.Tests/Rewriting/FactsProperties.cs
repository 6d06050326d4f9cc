using FsCheck.Xunit;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Rewriting;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Rewriting;

/// <summary>
/// The inferred facts are sound — every finite value of an expression at a point where the assumptions hold has a sign
/// in the inferred set and a magnitude within the inferred bound — and the bounds of sums and products are the exact
/// rationals of the interval rules (|c·Πfᵢ| ≤ |c|·Π Boundᵢ, none when a factor is unbounded; c + Σ cᵢtᵢ between the sums
/// of the sides each term can move).
/// </summary>
public sealed class FactsProperties
{
    private static readonly Symbol T = Symbol.Of("t");
    private static readonly Assumptions OnUnitInterval = Assumptions.None.AssumeInUnitInterval(ExprArbitrary.Symbols);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 600, Replay = "(1234,5679)")]
    public bool Facts_hold_at_every_point_inside_the_assumptions(Expr e, SamplePoint p)
    {
        double value = Evaluator.Evaluate(e, p.Bindings);   // points lie in (−0.95, 0.95): the unit interval holds
        if (!double.IsFinite(value)) return true;
        var facts = Facts.Of(e, OnUnitInterval);
        var sign = value > 0 ? SignSet.Positive : value < 0 ? SignSet.Negative : SignSet.Zero;
        bool signHolds = (facts.Sign & sign) != 0 || Math.Abs(value) < 1e-12;   // rounding may move an exact 0
        bool boundHolds = facts.Bound is not { } b || Math.Abs(value) <= b.ToDouble() * (1 + 1e-12) + 1e-12;
        return signHolds && boundHolds;
    }

    [Fact]
    public void Sum_bound_adds_the_magnitudes_of_the_sides_each_term_moves()
    {
        var e = 2 + T * Fn.Acos(T);   // t·acos t ∈ [−22/7, 22/7] on [−1, 1] (π < 22/7): 2 + it ∈ [−8/7, 36/7]
        var facts = Facts.Of(e, Assumptions.None.AssumeInUnitInterval(T));
        Assert.Equal(SignSet.Any, facts.Sign);
        Assert.Equal(Rational.Of(36, 7), facts.Bound);
        var positive = Facts.Of(4 + T * Fn.Acos(T), Assumptions.None.AssumeInUnitInterval(T));
        Assert.Equal(SignSet.Positive, positive.Sign);
        Assert.Equal(Rational.Of(50, 7), positive.Bound);
    }

    [Fact]
    public void Product_bound_is_the_product_of_the_bounds_or_none()
    {
        var unit = Assumptions.None.AssumeInUnitInterval(T);   // |acos| ≤ 22/7, |atan| ≤ 8/5
        Assert.Equal(Rational.Of(3 * 22 * 8 * 22, 7 * 5 * 7), Facts.Of(-3 * Fn.Acos(T) * Fn.Atan(T) * Fn.Acos(T / 2), unit).Bound);
        var unbounded = Facts.Of(-3 * T.Pow(2) * Fn.Exp(T), Assumptions.None);
        Assert.Null(unbounded.Bound);
        Assert.Equal(SignSet.Negative | SignSet.Zero, unbounded.Sign);
    }
}
