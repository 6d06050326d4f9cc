using System.Diagnostics;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using static Symbolic.Core.Tests.Series.ArcCosineKernels;

namespace Symbolic.Core.Tests.Series;

/// <summary>Endpoint constants of the bias-free FC ReLU kernels (fc-resnet.md §1.3), read off composed series.</summary>
public sealed class FullyConnectedKernelTests
{
    private static readonly Expr SqrtTwoOverPi = Fn.Sqrt(2) / Constant.Pi;

    private static double Value(Expr e) => Evaluator.Evaluate(e, new Dictionary<Symbol, double>());

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public void Ntk_at_one_has_c1_equal_minus_sqrt2_over_pi_times_L_choose_2(int layers)
    {
        var (_, ntk) = FullyConnected(layers);
        var series = ntk.Series(T, ExpansionPoint.One, 1);
        Assert.Equal(Rational.One, series.Order);
        Assert.Same(Number.Of(layers), series.Coefficient(0));
        Assert.Same(Number.Of(-layers * (layers - 1), 2) * SqrtTwoOverPi, series.Coefficient(Rational.Half));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    public void Nngp_at_one_has_nu_three_halves_and_c1_equal_L_minus_1_times_a(int layers)
    {
        var (nngp, _) = FullyConnected(layers);
        var series = nngp.Series(T, ExpansionPoint.One, 2);
        Assert.Same(Number.One, series.Coefficient(0));
        Assert.Same(Number.Zero, series.Coefficient(Rational.Half));
        Assert.Same(Number.MinusOne, series.Coefficient(1));
        Assert.Same(Number.Of(2 * (layers - 1), 3) * SqrtTwoOverPi, series.Coefficient(Rational.Of(3, 2)));
    }

    [Fact]
    public void Ntk_at_minus_one_for_three_layers_has_c_minus_1_equal_minus_sqrt2_over_2pi()
    {
        var (_, ntk) = FullyConnected(3);
        var series = ntk.Series(T, ExpansionPoint.MinusOne, 1);
        Assert.Same(Number.Of(-1, 2) * SqrtTwoOverPi, series.Coefficient(Rational.Half));
        Assert.Same(Number.One / Constant.Pi, series.Coefficient(0));
    }

    [Fact]
    public void Ntk_at_minus_one_for_five_layers_has_reference_c_minus_1()
    {
        var (_, ntk) = FullyConnected(5);
        var series = ntk.Series(T, ExpansionPoint.MinusOne, 1);
        Assert.Equal(-0.0901869455517, Value(series.Coefficient(Rational.Half)), 12);
    }

    [Fact]
    public void Depth_twenty_ntk_to_order_three_is_fast_and_keeps_the_closed_form_c1()
    {
        var (_, ntk) = FullyConnected(20);
        ntk.Series(T, ExpansionPoint.One, 1);   // warm-up (JIT)
        var clock = Stopwatch.StartNew();
        var series = ntk.Series(T, ExpansionPoint.One, 3);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Equal(Rational.Of(3), series.Order);
        Assert.Same(Number.Of(-190) * SqrtTwoOverPi, series.Coefficient(Rational.Half));
        Assert.Equal(6, series.Terms.Length);
    }

    [Fact]
    public void Nngp_at_minus_one_for_three_layers_has_c_minus_1_equal_a_over_2()
    {
        // c₋₁ = a·Π_{j=2}^{L−1} κ₀(Σ_j(−1)) with a = 2√2/(3π) and κ₀(Σ₂(−1)) = κ₀(0) = 1/2
        var (nngp, _) = FullyConnected(3);
        var series = nngp.Series(T, ExpansionPoint.MinusOne, 2);
        Assert.Same(Number.Of(1, 3) * SqrtTwoOverPi, series.Coefficient(Rational.Of(3, 2)));
        Assert.Same(Number.Zero, series.Coefficient(Rational.Half));
    }

    [Fact]
    public void Depth_one_thousand_expands_without_deep_recursion()
    {
        var (_, ntk) = FullyConnected(1000);
        var expansion = SeriesExpander.Expand(ntk, T, ExpansionPoint.One, 1);
        Assert.True(expansion.Succeeded, expansion.Error);
        Assert.Same(Number.Of(1000), expansion.Series!.Coefficient(0));
        Assert.Same(Number.Of(-1000 * 999 / 2) * SqrtTwoOverPi, expansion.Series.Coefficient(Rational.Half));
    }

    [Theory]
    [InlineData(true, 1, 0.5)]
    [InlineData(true, -1, 0.5)]
    [InlineData(false, 1, 1.5)]
    [InlineData(false, -1, 1.5)]
    public void Singular_term_gives_nu_for_the_decay_prediction(bool ntk, int at, double nu)
    {
        var (nngp, theta) = FullyConnected(4);
        var series = (ntk ? theta : nngp).Series(T, at == 1 ? ExpansionPoint.One : ExpansionPoint.MinusOne, 2);
        Assert.Equal(nu, series.SingularTerm!.Value.Power.ToDouble());
    }

    [Fact]
    public void A_smooth_expansion_has_no_singular_term()
    {
        var (nngp, _) = FullyConnected(3);
        Assert.Null(nngp.Series(T, ExpansionPoint.At(0), 3).SingularTerm);
    }
}
