using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using static Symbolic.Core.Tests.Series.ArcCosineKernels;

namespace Symbolic.Core.Tests.Series;

/// <summary>
/// The truncated series against the function itself near the point: (f − S_N)(u)/u^p, with p the first power at
/// or beyond the order N, must tend to the coefficient c_p of a longer expansion. A wrong coefficient below N makes
/// the ratio blow up like u^{−(p−q)}; an order claimed too high makes it miss c_p.
/// </summary>
public sealed class RemainderTests
{
    public static TheoryData<string, Expr, int, double> Cases() => new()
    {
        // name, f(t), point (+1, −1, or 0 for the interior point t₀ = 0.3), order
        { "kappa0 at 1", Kappa0(T), 1, 2.5 },
        { "kappa1 at 1", Kappa1(T), 1, 2.5 },
        { "kappa0 at -1", Kappa0(T), -1, 2.5 },
        { "kappa1 at -1", Kappa1(T), -1, 2.5 },
        { "ntk L=3 at 1", FullyConnected(3).Ntk, 1, 2 },
        { "ntk L=5 at 1", FullyConnected(5).Ntk, 1, 2 },
        { "ntk L=5 at -1", FullyConnected(5).Ntk, -1, 2 },
        { "nngp L=4 at 1", FullyConnected(4).Nngp, 1, 2.5 },
        { "nngp L=4 at -1", FullyConnected(4).Nngp, -1, 2.5 },
        { "regular composition", Fn.Exp(Fn.Sin(T)) / (1 + T * T) + Fn.Atan(T) * Fn.Erf(T), 0, 3 },
        { "asin and sqrt at 0.3", Fn.Asin(T) * Fn.Sqrt(1 + T) - Fn.Log(2 - T), 0, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Remainder_over_u_to_the_order_tends_to_the_next_coefficient(string name, Expr f, int at, double order)
    {
        var (point, center, direction) = at switch
        {
            1 => (ExpansionPoint.One, 1.0, -1),
            -1 => (ExpansionPoint.MinusOne, -1.0, 1),
            _ => (ExpansionPoint.At(Number.Of(3, 10)), 0.3, 1),
        };
        var n = Rational.Of((long)(order * 2), 2);
        var series = f.Series(T, point, n);
        var longer = f.Series(T, point, n + 1);
        Assert.Equal(n, series.Order);
        var next = longer.Terms.First(term => term.Power >= n);
        double p = next.Power.ToDouble(), c = Value(next.Coefficient);

        var errors = new List<double>();
        foreach (double u in new[] { 1e-2, 1e-3, 1e-4 })
        {
            double exact = Evaluator.Evaluate(f, T, center + direction * u);
            double partial = series.Terms.Sum(term => Value(term.Coefficient) * Math.Pow(u, term.Power.ToDouble()));
            double ratio = (exact - partial) / Math.Pow(u, p);
            errors.Add(Math.Abs(ratio - c));
        }
        // the next correction is at least u^{1/2} smaller: √10 per decade, with slack for rounding in f at u = 1e-4
        Assert.True(errors[1] <= 0.5 * errors[0] + 1e-6 * (1 + Math.Abs(c)), $"{name}: {string.Join(", ", errors)} (c = {c})");
        Assert.True(errors[2] <= 0.05 * (1 + Math.Abs(c)), $"{name}: {string.Join(", ", errors)} (c = {c})");
    }

    private static double Value(Expr e) => Evaluator.Evaluate(e, new Dictionary<Symbol, double>());
}
