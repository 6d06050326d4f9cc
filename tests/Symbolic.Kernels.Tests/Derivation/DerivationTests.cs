using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Derivation;

/// <summary>The derivation record: closed forms, per-layer recursion, exact diagonals, and the numeric fallback.</summary>
public sealed class DerivationTests
{
    [Fact]
    public void Two_layer_fc_ntk_is_the_textbook_closed_form_without_guards()
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(2));
        var t = d.Variable;
        var textbook = (2 * t * (Constant.Pi - Fn.Acos(t)) + Fn.Sqrt(1 - t.Pow(2))) / Constant.Pi;
        foreach (double x in (double[])[-1, -0.7, -0.2, 0, 0.4, 0.95, 1])
            Assert.True(Tolerance.Close(Evaluator.Evaluate(d.Ntk!, t, x), Evaluator.Evaluate(textbook, t, x), 1e-14, 1e-15));
        Assert.Same(d.Ntk, GaussianPair.WithoutGuards(d.Ntk!));
        Assert.Equal([t], DagWalk.Symbols(d.Ntk!));
    }

    [Fact]
    public void Fc_steps_are_the_Bietti_Bach_recursion_in_fresh_symbols()
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(3));
        Assert.Equal(["dense", "serial(relu, dense)", "serial(relu, dense)"], d.Steps.Select(s => s.Label));
        var third = d.Steps[2];
        var sigma = Symbol.Of("Sigma_2");
        var theta = Symbol.Of("Theta_2");
        Assert.Same(sigma, third.PreviousNngp);
        Assert.Same(ArcCosine.Kappa1(sigma), third.Nngp);                       // Σ₃ = κ₁(Σ₂)
        Assert.Same(theta * ArcCosine.Kappa0(sigma) + ArcCosine.Kappa1(sigma), third.Ntk);   // Θ₃ = Θ₂κ₀(Σ₂) + Σ₃
        Assert.Same(d.Variable, d.Steps[0].Nngp);                                 // Σ₁ = t
        Assert.Equal([1, 2, 3], d.Steps.Select(s => ((Number)s.NtkDiagonal).Value.Numerator).Select(n => (int)n));
        Assert.All(d.Steps, s => Assert.Same(Number.One, s.NngpDiagonal));
        Assert.Same(d.Final, d.Steps[^1].State);
        Assert.Equal("Sigma_3", third.NngpSymbol.Name);
    }

    [Fact]
    public void ResNet_steps_show_the_block_recursion_without_guards()
    {
        var d = KernelDerivation.Derive(new ResNet(4, Number.Half));
        Assert.Equal(6, d.Steps.Length);
        Assert.StartsWith("residual(", d.Steps[2].Label);
        foreach (var step in d.Steps)
            Assert.DoesNotContain(DagWalk.PostOrder(step.Ntk), n => n is Call { Function: FunctionId.Min or FunctionId.Max });
        // Block 2: Σ₃ = Σ₂ + α²·q·κ₁(Σ₂/q) with q = 5/4.
        var sigma = Symbol.Of("Sigma_2");
        var q = Number.Of(5, 4);
        var expected = sigma + Number.Of(1, 4) * q * ArcCosine.Kappa1(sigma / q);
        foreach (double s in (double[])[-1, 0.3, 1.2])
            Assert.True(Tolerance.Close(Evaluator.Evaluate(d.Steps[2].Nngp, sigma, s), Evaluator.Evaluate(expected, sigma, s), 1e-14, 1e-15));
        Assert.Same(Number.Of(625, 256), d.NngpDiagonal);   // (1 + α²)^L
    }

    [Fact]
    public void Numeric_only_architectures_say_why_and_still_evaluate()
    {
        var z = Symbol.Of("z");
        var net = Stax.Serial(Stax.Dense(), Stax.Numeric(Fn.Tanh(z), z, "tanh"), Stax.Dense());
        var d = KernelDerivation.Derive(net);
        Assert.False(d.HasClosedForm);
        Assert.StartsWith("no closed form; numeric dual: tanh", d.NoClosedFormReason);
        Assert.Empty(d.Steps);
        Assert.Null(d.Kernel(KernelKind.Ntk, normalized: true));
        var v = d.Evaluate(0.3);
        Assert.Equal(v, d.EvaluateNumeric(0.3));
        Assert.True(Tolerance.Close(d.Evaluate(1).NormalizedNtk, 1, 1e-12, 0));
    }

    [Fact]
    public void Kernel_selects_raw_or_normalised_closed_forms()
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(4));
        Assert.Same(d.Nngp, d.Kernel(KernelKind.Nngp, false));
        Assert.Same(d.NormalizedNtk, d.Kernel(KernelKind.Ntk, true));
        Assert.Same(d.Ntk! / 4, d.NormalizedNtk);
        var v = d.Evaluate(0.2);
        Assert.Equal(v.Ntk / 4, v.Select(KernelKind.Ntk, normalized: true), 15);
    }

    [Fact]
    public void Unclosed_branches_are_an_architecture_error()
    {
        Assert.Throws<ArchitectureException>(() => KernelDerivation.Derive(Stax.Serial(Stax.Dense(), Stax.FanOut(2))));
        Assert.Throws<ArchitectureException>(() => NumericKernel.Evaluate(Stax.Serial(Stax.Dense(), Stax.FanOut(2)), 0.1));
    }

    [Fact]
    public void A_fan_out_group_is_one_step()
    {
        var net = Stax.Serial(Stax.Dense(), Stax.FanOut(2), Stax.Parallel(Stax.Identity(), Stax.Serial(Stax.Relu(), Stax.Dense())), Stax.FanInSum());
        var d = KernelDerivation.Derive(net);
        Assert.Equal(2, d.Steps.Length);
        Assert.Equal("serial(fanout(2), parallel(identity, serial(relu, dense)), faninsum)", d.Steps[1].Label);
        Assert.Same(Number.Of(2), d.NngpDiagonal);
    }
}
