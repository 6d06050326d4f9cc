using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Activations;

/// <summary>Closed-form duals: Price's identity ∂D/∂c = Ḋ, exact diagonals, symbolic = numeric, closed form = quadrature.</summary>
public sealed class DualTests
{
    private static readonly Symbol s_c = Symbol.Of("c"), s_a = Symbol.Of("a"), s_b = Symbol.Of("b");

    public static TheoryData<string> PriceActivations => new() { "relu", "abrelu", "leaky", "erf", "identity" };

    private static ClosedFormActivation Make(string name) => name switch
    {
        "relu" => Relu.Instance,
        "abrelu" => new AbRelu(Number.Of(-1, 3), Number.Of(2)),
        "leaky" => new AbRelu(Number.Of(1, 10), Number.One),
        "erf" => Erf.Instance,
        "identity" => IdentityActivation.Instance,
        "step" => Step.Instance,
        _ => throw new ArgumentException(name),
    };

    private static IEnumerable<(double C, double A, double B)> Points()
    {
        foreach (double a in (double[])[0.3, 1, 2.5])
            foreach (double b in (double[])[0.5, 1, 1.7])
                foreach (double rho in (double[])[-0.9, -0.4, 0, 0.35, 0.8])
                    yield return (rho * Math.Sqrt(a * b), a, b);
    }

    private static double At(Expr e, (double C, double A, double B) p) =>
        Evaluator.Evaluate(e, new Dictionary<Symbol, double> { [s_c] = p.C, [s_a] = p.A, [s_b] = p.B });

    [Theory, MemberData(nameof(PriceActivations))]
    public void Derivative_of_the_dual_in_the_covariance_is_the_derivative_dual(string name)
    {
        var duals = Make(name).Duals(s_c, s_a, s_b);
        var derivative = duals.Dual.Differentiate(s_c);
        foreach (var p in Points())
            Assert.True(Tolerance.Close(At(derivative, p), At(duals.DerivativeDual, p), 1e-12, 1e-14), $"{name} at {p}");
    }

    [Fact]
    public void Step_has_zero_derivative_dual_although_its_dual_depends_on_the_covariance()
    {
        var duals = Step.Instance.Duals(s_c, s_a, s_b);
        Assert.Same(Number.Zero, duals.DerivativeDual);
        Assert.True(At(duals.Dual.Differentiate(s_c), (0.2, 1, 1)) > 0.3);   // Price's identity fails: φ′ = δ is no gradient
    }

    [Theory, MemberData(nameof(PriceActivations))]
    public void Symbolic_and_numeric_duals_agree(string name)
    {
        var phi = Make(name);
        var duals = phi.Duals(s_c, s_a, s_b);
        foreach (var p in Points())
        {
            var numeric = phi.Evaluate(p.C, p.A, p.B);
            Assert.True(Tolerance.Close(At(duals.Dual, p), numeric.Dual, 1e-13, 1e-15));
            Assert.True(Tolerance.Close(At(duals.DerivativeDual, p), numeric.DerivativeDual, 1e-13, 1e-15));
        }
    }

    [Theory, MemberData(nameof(PriceActivations))]
    public void Diagonal_duals_are_the_duals_at_correlation_one(string name)
    {
        var phi = Make(name);
        foreach (var variance in (int[])[1, 2, 7])
        {
            var v = Number.Of(variance, 4);
            var diagonal = phi.DiagonalDuals(v);
            var general = phi.Evaluate(variance / 4.0, variance / 4.0, variance / 4.0);
            Assert.True(diagonal.Dual.IsConstant && diagonal.DerivativeDual.IsConstant);
            Assert.True(Tolerance.Close(Evaluator.Evaluate(diagonal.Dual, new Dictionary<Symbol, double>()), general.Dual, 1e-13, 0));
            Assert.True(Tolerance.Close(Evaluator.Evaluate(diagonal.DerivativeDual, new Dictionary<Symbol, double>()), general.DerivativeDual, 1e-13, 0));
        }
    }

    [Fact]
    public void Relu_duals_share_the_arccosine_subterm()
    {
        var duals = Relu.Instance.Duals(s_c, s_a, s_b);
        var acos = Core.Traversal.DagWalk.PostOrder(duals.DerivativeDual).OfType<Call>().Single(c => c.Function == FunctionId.Acos);
        Assert.Contains(acos, Core.Traversal.DagWalk.PostOrder(duals.Dual));
    }

    [Fact]
    public void Relu_is_abrelu_with_slopes_zero_and_one_and_identity_is_equal_slopes()
    {
        var relu = Relu.Instance.Duals(s_c, s_a, s_b);
        var ab = new AbRelu(Number.Zero, Number.One).Duals(s_c, s_a, s_b);
        var linear = new AbRelu(Number.Of(3), Number.Of(3)).Duals(s_c, s_a, s_b);
        foreach (var p in Points())
        {
            Assert.True(Tolerance.Close(At(relu.Dual, p), At(ab.Dual, p), 1e-14, 1e-15));
            Assert.True(Tolerance.Close(At(relu.DerivativeDual, p), At(ab.DerivativeDual, p), 1e-14, 1e-15));
            Assert.True(Tolerance.Close(p.C, At(linear.Dual, p), 1e-14, 1e-15));
        }
    }
}
