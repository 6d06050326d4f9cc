using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Activations;

/// <summary>The numeric fallback: Gauss–Hermite rules, the 2-D correlated quadrature against closed forms, its error estimate.</summary>
public sealed class QuadratureTests
{
    private static readonly Symbol s_z = Symbol.Of("z");

    [Theory]
    [InlineData(1), InlineData(2), InlineData(7), InlineData(40), InlineData(GaussHermite.MaxNodes)]
    public void Gauss_Hermite_rules_integrate_normal_moments(int n)
    {
        var rule = GaussHermite.Of(n);
        Assert.True(Tolerance.Close(rule.Weights.Sum(), 1, 1e-13, 0));
        // E[X^{2k}] = (2k − 1)!! is exact for 2k ≤ 2n − 1.
        double doubleFactorial = 1;
        for (int k = 1; 2 * k <= 2 * n - 1 && k <= 10; k++)
        {
            doubleFactorial *= 2 * k - 1;
            double moment = rule.Nodes.Select((x, i) => rule.Weights[i] * Math.Pow(x, 2 * k)).Sum();
            Assert.True(Tolerance.Close(moment, doubleFactorial, 1e-11, 0), $"n = {n}, E[X^{2 * k}] = {moment}");
        }
    }

    [Theory]
    [InlineData(0.3, 1, 1), InlineData(-0.5, 0.8, 1.3), InlineData(0.9, 1, 1), InlineData(0, 0.5, 2)]
    public void Exponential_matches_its_lognormal_moments(double rho, double a, double b)
    {
        double c = rho * Math.Sqrt(a * b);
        var exp = new NumericActivation(Fn.Exp(s_z), s_z, "exp").Evaluate(c, a, b);
        double expected = Math.Exp((a + b) / 2 + c);   // E[e^u e^v], and φ′ = φ
        Assert.True(Tolerance.Close(exp.Dual, expected, 1e-11, 0));
        Assert.True(Tolerance.Close(exp.DerivativeDual, expected, 1e-11, 0));
        var sin = new NumericActivation(Fn.Sin(s_z), s_z, "sin").Evaluate(c, a, b);
        Assert.True(Tolerance.Close(sin.Dual, Math.Exp(-(a + b) / 2) * Math.Sinh(c), 1e-11, 1e-14));
        Assert.True(Tolerance.Close(sin.DerivativeDual, Math.Exp(-(a + b) / 2) * Math.Cosh(c), 1e-11, 1e-14));
    }

    [Theory]
    [InlineData(0.3, 1, 1), InlineData(-0.7, 0.5, 2), InlineData(0.95, 1.5, 1.5)]
    public void Erf_quadrature_matches_the_arcsine_closed_form(double rho, double a, double b)
    {
        double c = rho * Math.Sqrt(a * b);
        var numeric = new NumericActivation(Fn.Erf(s_z), s_z, "erf").Evaluate(c, a, b);
        var exact = Erf.Instance.Evaluate(c, a, b);
        Assert.True(Tolerance.Close(numeric.Dual, exact.Dual, 1e-9, 1e-12), $"{numeric.Dual} vs {exact.Dual}");
        Assert.True(Tolerance.Close(numeric.DerivativeDual, exact.DerivativeDual, 1e-9, 1e-12));
        Assert.True(numeric.MaxError < 1e-8, $"error estimate {numeric.MaxError}");
    }

    [Fact]
    public void Kinked_activations_converge_slowly_and_say_so()
    {
        var relu = new NumericActivation(Fn.Max(s_z, Number.Zero), s_z, "max(z, 0)").Evaluate(0.3, 1, 1);
        var exact = Relu.Instance.Evaluate(0.3, 1, 1);
        double error = Math.Abs(2 * relu.Dual - exact.Dual);   // relu's closed form carries c = 2
        Assert.True(error < 1e-2, $"error {error}");
        Assert.True(relu.DualError > 1e-7, "the n vs 2n estimate reports the slow convergence");
        Assert.True(error < 20 * relu.DualError + 1e-6, $"estimate {relu.DualError} vs error {error}");
    }

    [Fact]
    public void Tanh_error_estimate_bounds_the_error_of_the_returned_value()
    {
        var phi = new NumericActivation(Fn.Tanh(s_z), s_z, "tanh", nodes: 30);
        var reference = new NumericActivation(Fn.Tanh(s_z), s_z, "tanh", nodes: 75).Evaluate(0.4, 1.2, 0.9);
        var value = phi.Evaluate(0.4, 1.2, 0.9);
        Assert.True(Math.Abs(value.Dual - reference.Dual) <= value.DualError + 1e-15);
        Assert.True(Math.Abs(value.DerivativeDual - reference.DerivativeDual) <= value.DerivativeDualError + 1e-15);
    }

    [Theory]
    [InlineData(-0.6), InlineData(0.1), InlineData(0.7)]
    public void Tanh_derivative_dual_is_the_covariance_derivative_of_its_dual(double rho)
    {
        var phi = new NumericActivation(Fn.Tanh(s_z), s_z, "tanh", nodes: 60);
        double a = 0.8, b = 1.1, c = rho * Math.Sqrt(a * b), h = 1e-4;
        double slope = (phi.Evaluate(c + h, a, b).Dual - phi.Evaluate(c - h, a, b).Dual) / (2 * h);
        Assert.True(Tolerance.Close(slope, phi.Evaluate(c, a, b).DerivativeDual, 1e-6, 1e-9));
    }

    [Fact]
    public void Numeric_activations_refuse_other_free_symbols()
    {
        Assert.Throws<ArgumentException>(() => new NumericActivation(s_z * Symbol.Of("w"), s_z, "bad"));
    }
}
