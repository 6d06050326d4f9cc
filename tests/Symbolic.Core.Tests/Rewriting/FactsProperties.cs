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

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 600, Replay = "(1234,5679)")]
    public bool Tail_cut_gives_the_facts_of_the_full_walk(Expr e)
    {
        var fresh = Assumptions.None.AssumeInUnitInterval(T);   // a new assumptions object: an empty answer cache
        return Facts.Of(e, fresh) == Facts.OfFullWalk(e, fresh);
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 600, Replay = "(1234,5679)")]
    public bool Difference_facts_equal_the_facts_of_the_difference_node(Expr x, Expr y)
    {
        var fresh = Assumptions.None.AssumeInUnitInterval(T);
        return Facts.OfDifference(x, y, fresh) == Facts.Of(x - y, Assumptions.None.AssumeInUnitInterval(T));
    }

    [Fact]
    public void Tail_cut_and_differences_agree_on_deep_guarded_recursions()
    {
        // Clamped arc-cosine recursions deeper than the inference looks: queries cut off by depth and by the tail rule.
        Expr rho = T, theta = T;
        var nodes = new List<Expr>();
        for (int layer = 0; layer < 40; layer++)
        {
            var kappa0 = 1 - Fn.Acos(rho) / Constant.Pi;
            var kappa1 = (rho * kappa0 * Constant.Pi + Fn.Sqrt(1 - rho.Pow(2))) / Constant.Pi;
            theta = Fn.Min(Number.One, Fn.Max(Number.MinusOne, theta * kappa0 / 2 + kappa1 / 3 + T / 7));
            rho = Fn.Min(Number.One, Fn.Max(Number.MinusOne, kappa1 / 2 + rho / 2));
            nodes.AddRange([rho, theta, kappa0, kappa1]);
        }
        foreach (var node in nodes)
        {
            Assert.Equal(Facts.OfFullWalk(node, Assumptions.None), Facts.Of(node, Assumptions.None.AssumeNonnegative([])));
            if (node is Call { Arguments: [var a, var b] })
                Assert.Equal(Facts.Of(a - b, Assumptions.None.AssumeNonnegative([])), Facts.OfDifference(a, b, Assumptions.None.AssumeNonnegative([])));
        }
    }

    [Theory]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(24)]
    public void Difference_facts_see_exactly_as_deep_as_the_difference_node(int atans)
    {
        // atan(…atan(exp t)) > 0 is known only when the walk reaches exp t within the depth limit; so whether
        // atanⁿ(exp t) + t² > 0 is known depends on the depth its terms are inferred at.
        Expr chain = Fn.Exp(T);
        for (int i = 0; i < atans; i++) chain = Fn.Atan(chain);
        var fresh = Assumptions.None.AssumeNonnegative([]);
        Assert.Equal(Facts.Of(chain + T.Pow(2), fresh), Facts.OfDifference(chain, -T.Pow(2), Assumptions.None.AssumeNonnegative([])));
    }
}
