using FsCheck.Xunit;
using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Series;

/// <summary>
/// Random expressions (x = t/2 + 1/3 and y = 1 − t substituted, so nearly everything depends on t) expanded to
/// O(u²) agree with the function: |f − S|/u² must not grow as u shrinks. A wrong coefficient below u² would make
/// it grow at least √10-fold per decade; the slack covers rounding in f and S, which matters near poles.
/// </summary>
public sealed class ExpressionSeriesProperties
{
    private static readonly Symbol T = ExprArbitrary.Symbols[2];

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool Expansion_at_an_interior_point_has_a_remainder_of_the_order(Expr generated) =>
        RemainderIsOfTheOrder(generated, ExpansionPoint.At(Number.Of(3, 10)), 0.3, 1);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool Expansion_at_t_equal_one_has_a_remainder_of_the_order(Expr generated) =>
        RemainderIsOfTheOrder(generated, ExpansionPoint.One, 1, -1);

    private static bool RemainderIsOfTheOrder(Expr generated, ExpansionPoint point, double center, int direction)
    {
        var f = generated.Substitute(ExprArbitrary.Symbols[0], T / 2 + Number.Of(1, 3)).Substitute(ExprArbitrary.Symbols[1], 1 - T);
        var expansion = SeriesExpander.Expand(f, T, point, 2);
        if (!expansion.Succeeded || expansion.Series!.Order is not Rational order) return true;   // no expansion, or exact
        var terms = expansion.Series.Terms
            .Select(t => (Power: t.Power.ToDouble(), Value: Evaluator.Evaluate(t.Coefficient, new Dictionary<Symbol, double>())))
            .ToArray();
        (double Ratio, double Noise) Remainder(double u)
        {
            double exact = Evaluator.Evaluate(f, T, center + direction * u);
            double partial = 0, magnitude = Math.Abs(exact);
            foreach (var (p, c) in terms)
            {
                partial += c * Math.Pow(u, p);
                magnitude += Math.Abs(c * Math.Pow(u, p));
            }
            double scale = Math.Pow(u, order.ToDouble());
            return (Math.Abs(exact - partial) / scale, 1e-12 * magnitude / scale);
        }
        var (far1, _) = Remainder(1e-2);
        var (far2, _) = Remainder(3e-3);
        var (near, noise) = Remainder(1e-4);
        double far = Math.Max(far1, far2);
        if (!double.IsFinite(far) || !double.IsFinite(near) || !double.IsFinite(noise)) return true;   // outside the domain
        return near <= 2 * far + noise + 1e-9;
    }
}
