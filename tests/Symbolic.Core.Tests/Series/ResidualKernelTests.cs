using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using static Symbolic.Core.Tests.Series.ArcCosineKernels;

namespace Symbolic.Core.Tests.Series;

/// <summary>The normalised ResNet NTK of fc-resnet.md §4.2 and its endpoint constants (§5.2).</summary>
public sealed class ResidualKernelTests
{
    private static readonly Symbol Alpha = Symbol.Of("alpha");

    /// <summary>Θ̄(t) = (1/2L) Σ_ℓ β_{ℓ+1}[κ₁(ρ_{ℓ−1}) + ρ_{ℓ−1}κ₀(ρ_{ℓ−1})] with ρ₀ = t,
    /// ρ_ℓ = (ρ_{ℓ−1} + α²κ₁(ρ_{ℓ−1}))/(1 + α²), β_{ℓ+1} = Π_{j=ℓ+1}^{L} (1 + α²κ₀(ρ_{j−1}))/(1 + α²).</summary>
    private static Expr NormalisedNtk(int blocks, Expr alpha)
    {
        var a2 = alpha * alpha;
        var rho = new Expr[blocks + 1];
        rho[0] = T;
        for (int l = 1; l <= blocks; l++) rho[l] = (rho[l - 1] + a2 * Kappa1(rho[l - 1])) / (1 + a2);
        Expr sum = 0;
        for (int l = 1; l <= blocks; l++)
        {
            Expr beta = 1;
            for (int j = l + 1; j <= blocks; j++) beta = beta * (1 + a2 * Kappa0(rho[j - 1])) / (1 + a2);
            sum = sum + beta * (Kappa1(rho[l - 1]) + rho[l - 1] * Kappa0(rho[l - 1]));
        }
        return sum / (2 * blocks);
    }

    private static double C1(int blocks, double alpha) =>
        -Math.Sqrt(2) / (2 * Math.PI) * (1 + (blocks - 1) * alpha * alpha / (1 + alpha * alpha));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Rational_alpha_gives_the_exact_c1_of_section_5_2(int blocks)
    {
        var series = NormalisedNtk(blocks, Number.Half).Series(T, ExpansionPoint.One, 1);
        Assert.Same(Number.One, series.Coefficient(0));
        // c₁ = −(√2/2π)[1 + (L−1)α²/(1+α²)] = −(√2/π)·(1 + (L−1)/5)/2 at α = 1/2
        var expected = Number.Of(-(4 + blocks), 10) * Fn.Sqrt(2) / Constant.Pi;
        Assert.Same(expected, series.Coefficient(Rational.Half));
    }

    [Theory]
    [InlineData(2, 0.7)]
    [InlineData(4, 1.3)]
    public void Symbolic_alpha_gives_c1_as_a_function_of_alpha(int blocks, double alpha)
    {
        var expansion = SeriesExpander.Expand(NormalisedNtk(blocks, Alpha), T, ExpansionPoint.One, 1);
        Assert.True(expansion.Succeeded, expansion.Error);
        var bindings = new Dictionary<Symbol, double> { [Alpha] = alpha };
        Assert.Equal(1.0, Evaluator.Evaluate(expansion.Series!.Coefficient(0), bindings), 12);
        Assert.Equal(C1(blocks, alpha), Evaluator.Evaluate(expansion.Series.Coefficient(Rational.Half), bindings), 12);
    }

    [Fact]
    public void Rational_alpha_gives_the_c_minus_1_of_section_5_2()
    {
        const int blocks = 3;
        const double alpha = 0.5, a2 = alpha * alpha;
        static double K0(double x) => 1 - Math.Acos(x) / Math.PI;
        static double K1(double x) => (Math.Sqrt(1 - x * x) + x * (Math.PI - Math.Acos(x))) / Math.PI;
        // β₂(−1) = Π_{j=2}^{L} (1 + α²κ₀(ρ_{j−1}(−1)))/(1 + α²), ρ₁(−1) = −1/(1+α²)
        double rho = -1, beta = 1;
        for (int j = 1; j < blocks; j++)
        {
            rho = (rho + a2 * K1(rho)) / (1 + a2);
            beta *= (1 + a2 * K0(rho)) / (1 + a2);
        }
        double expected = -Math.Sqrt(2) / (2 * Math.PI * blocks) * beta;
        var series = NormalisedNtk(blocks, Number.Half).Series(T, ExpansionPoint.MinusOne, 1);
        Assert.Equal(expected, Evaluator.Evaluate(series.Coefficient(Rational.Half), new Dictionary<Symbol, double>()), 13);
    }
}
