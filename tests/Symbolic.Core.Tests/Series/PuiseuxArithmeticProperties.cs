using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Series;

/// <summary>Algebraic laws of truncated series, with exact (structural) coefficient comparison below the orders.
/// (FsCheck 3 needs an odd γ in the replay seed.)</summary>
public sealed class PuiseuxArithmeticProperties
{
    private const string Seed = "(1234,5679)";

    /// <summary>Whether a and b agree term by term (same interned coefficients) below u^order.</summary>
    private static bool AgreeBelow(PuiseuxSeries a, PuiseuxSeries b, Rational order) =>
        a.Terms.Where(t => t.Power < order).SequenceEqual(b.Terms.Where(t => t.Power < order));

    private static Rational Valuation(PuiseuxSeries s) => s.LeadingTerm()!.Value.Power;

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 150, Replay = Seed)]
    public bool Series_times_its_inverse_is_one_up_to_the_order(PuiseuxSeries s)
    {
        var product = s * s.Invert();
        var order = product.Order!.Value;
        // classical bound: ord(s·s⁻¹) ≥ ord(s) − val(s)
        return order >= s.Order!.Value - Valuation(s)
            && product.Terms.SequenceEqual([new SeriesTerm(Rational.Zero, Number.One)]);
    }

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 150, Replay = Seed)]
    public bool Adding_then_subtracting_gives_back_the_series(PuiseuxSeries a, PuiseuxSeries b)
    {
        var roundTrip = a + b - b;
        var order = Min(a.Order!.Value, b.Order!.Value);
        return roundTrip.Order >= order && AgreeBelow(roundTrip, a, order);
    }

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 100, Replay = Seed)]
    public bool Multiplication_distributes_over_addition(PuiseuxSeries a, PuiseuxSeries b, PuiseuxSeries c)
    {
        var left = a * (b + c);
        var right = a * b + a * c;
        var order = Min(left.Order!.Value, right.Order!.Value);
        return AgreeBelow(left, right, order);
    }

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 100, Replay = Seed)]
    public bool Square_of_the_square_root_is_the_series(PuiseuxSeries s)
    {
        var positive = s.LeadingTerm()!.Value.Coefficient is var lead && Evaluation.Evaluator.Evaluate(lead, new Dictionary<Symbol, double>()) > 0 ? s : -s;
        var root = positive.Pow(Rational.Half);
        var square = root * root;
        return square.Order >= positive.Order!.Value && AgreeBelow(square, positive, positive.Order!.Value);
    }

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 60, Replay = Seed)]
    public bool Exp_of_log_is_the_series(PuiseuxSeries s)
    {
        // make the constant term positive: 2 + s·u^{1/n} has constant 2
        var shifted = PuiseuxSeries.Constant(2) + s * PuiseuxSeries.Monomial(1, Rational.Of(1, s.Ramification));
        var order = shifted.Order!.Value;
        var log = SeriesFunctions.Apply(FunctionId.Log, [shifted], order);
        var back = SeriesFunctions.Apply(FunctionId.Exp, [log], order);
        return back.Order >= order && AgreeBelow(back, shifted, order);
    }

    [Property(Arbitrary = [typeof(SeriesArbitrary)], MaxTest = 100, Replay = Seed)]
    public bool Orders_are_never_claimed_beyond_what_the_operands_determine(PuiseuxSeries a, PuiseuxSeries b)
    {
        // classical rules: ord(a + b) ≥ min; ord(a·b) ≥ min(ord a + val b, ord b + val a)
        var sum = a + b;
        var product = a * b;
        var sumOrder = Min(a.Order!.Value, b.Order!.Value);
        var productOrder = Min(a.Order!.Value + Valuation(b), b.Order!.Value + Valuation(a));
        return sum.Order >= sumOrder && product.Order >= productOrder
            && product.Terms.All(t => t.Power < product.Order!.Value);
    }

    private static Rational Min(Rational a, Rational b) => a < b ? a : b;
}
