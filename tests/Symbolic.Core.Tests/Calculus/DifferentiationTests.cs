using FsCheck.Xunit;
using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Calculus;

public sealed class DifferentiationTests
{
    private static readonly Symbol T = Symbol.Of("t");
    private static readonly Expr Pi = Constant.Pi;

    /// <summary>κ₁(t) = (t(π − acos t) + √(1−t²))/π, fc-resnet.md §1.1.</summary>
    private static Expr Kappa1(Expr s) => (s * (Pi - Fn.Acos(s)) + Fn.Sqrt(1 - s.Pow(2))) / Pi;

    [Fact]
    public void Derivative_of_kappa1_cancels_the_radical_terms_exactly()
    {
        // d/dt κ₁ = (π − acos t)/π: the t/√(1−t²) terms cancel in canonical form (κ₁' = κ₀, §1.1).
        Assert.Same((Pi - Fn.Acos(T)) / Pi, Kappa1(T).Differentiate(T));
    }

    [Fact]
    public void Chain_rule_uses_the_descriptor_partials()
    {
        Assert.Same(-(1 - T.Pow(2)).Pow(Number.Of(-1, 2)), Fn.Acos(T).Differentiate(T));
        Assert.Same(2 * T * Fn.Cos(T.Pow(2)), Fn.Sin(T.Pow(2)).Differentiate(T));
        Assert.Same(Fn.Heaviside(T - 1), Fn.Max(T, 1).Differentiate(T));
        Assert.Same(Number.Zero, (Pi * 3).Differentiate(T));
    }

    [Fact]
    public void General_power_rule()
    {
        var e = T.Pow(T);
        Assert.Same(T.Pow(T) * (Fn.Log(T) + 1), e.Differentiate(T));
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 400, Replay = "(1234,5679)")]
    public bool Derivative_matches_central_difference(Expr e, SamplePoint p)
    {
        var x = ExprArbitrary.Symbols[0];
        var d = e.Differentiate(x);
        double h = 1e-5;
        var at = new Dictionary<Symbol, double>(p.Bindings);
        double x0 = at[x];
        double F(double v) { at[x] = v; return Evaluator.Evaluate(e, at); }
        double f0 = F(x0), fp = F(x0 + h), fm = F(x0 - h), fpp = F(x0 + 2 * h), fmm = F(x0 - 2 * h);
        at[x] = x0;
        double exact = Evaluator.Evaluate(d, at);
        if (!double.IsFinite(f0) || !double.IsFinite(fp) || !double.IsFinite(fm) || !double.IsFinite(fpp) || !double.IsFinite(fmm)
            || !double.IsFinite(exact) || Math.Abs(f0) > 1e6)
            return true;   // outside the domain or near a singularity: nothing to check
        double fd = (8 * (fp - fm) - (fpp - fmm)) / (12 * h);   // O(h⁴) five-point stencil
        // Kinks (abs, max, sign) make the difference quotient disagree across them; the tolerance below is
        // loose enough only for smooth points, so skip points within 2h of a kink of the first-order stencil.
        double fd2 = (fp - fm) / (2 * h);
        if (Math.Abs(fd - fd2) > 1e-3 * (1 + Math.Abs(fd))) return true;
        return Tolerance.Close(exact, fd, relative: 1e-5, absolute: 1e-6);
    }

    [Fact]
    public void Deep_recursion_differentiates_in_linear_dag_size()
    {
        Expr sigma = T, theta = T;
        for (int l = 2; l <= 200; l++)
        {
            var k0 = 1 - Fn.Acos(sigma) / Pi;
            var k1 = Kappa1(sigma);
            theta = theta * k0 + k1;
            sigma = k1;
        }
        var d = theta.Differentiate(T);
        Assert.True(d.DagSize < 20 * theta.DagSize, $"derivative has {d.DagSize} nodes for {theta.DagSize}");
        double h = 1e-4, t0 = 0.3;   // Θ₂₀₀ ≈ 50: rounding noise dominates below h ≈ 1e-5
        double fd = (Evaluator.Evaluate(theta, T, t0 + h) - Evaluator.Evaluate(theta, T, t0 - h)) / (2 * h);
        Assert.True(Tolerance.Close(fd, Evaluator.Evaluate(d, T, t0), relative: 1e-6));
    }
}
