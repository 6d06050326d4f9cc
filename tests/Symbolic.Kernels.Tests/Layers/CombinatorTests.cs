using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Layers;

/// <summary>Laws of the stax combinators, trained versus fixed layers, and layers as printable, comparable data.</summary>
public sealed class CombinatorTests
{
    private static readonly Symbol s_t = Symbol.Of("t");
    private static readonly Layer s_block = Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense());

    private static KernelState Run(Layer layer) => layer.Transfer(KernelState.OnSphere(s_t));

    [Fact]
    public void Repeat_builds_the_same_dag_as_writing_the_layers_out()
    {
        var repeated = Run(Stax.Serial(Stax.Dense(), Stax.Repeat(Stax.Serial(Stax.Relu(), Stax.Dense()), 4)));
        var written = Run(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense(), Stax.Relu(), Stax.Dense(), Stax.Relu(), Stax.Dense(), Stax.Relu(), Stax.Dense()));
        Assert.Equal(repeated, written);
        Assert.Same(repeated.Ntk, Run(FullyConnected.Relu(5)).Ntk);
    }

    [Theory]
    [InlineData(-0.8), InlineData(0.1), InlineData(0.6)]
    public void Residual_is_fanout_parallel_scaled_branch_and_identity_then_faninsum(double t)
    {
        var alpha = Number.Of(2, 3);
        var residual = Stax.Residual(s_block, alpha);
        var explicitForm = Stax.Serial(Stax.FanOut(2), Stax.Parallel(Stax.Serial(s_block, Stax.Scale(alpha)), Stax.Identity()), Stax.FanInSum());
        var a = NumericKernel.Evaluate(Stax.Serial(Stax.Dense(), residual), t);
        var b = NumericKernel.Evaluate(Stax.Serial(Stax.Dense(), explicitForm), t);
        Assert.Equal(a, b);
        // Σ′ = Σ + α²Σ_f, Θ′ = Θ + α²Θ_f.
        var skip = NumericKernel.Evaluate(Stax.Dense(), t);
        var branch = NumericKernel.Evaluate(Stax.Serial(Stax.Dense(), s_block), t);
        Assert.True(Tolerance.Close(a.Nngp, skip.Nngp + 4.0 / 9 * (branch.Nngp), 1e-14, 1e-15));
        Assert.True(Tolerance.Close(a.Ntk, skip.Ntk + 4.0 / 9 * branch.Ntk, 1e-14, 1e-15));
    }

    [Fact]
    public void A_fixed_dense_layer_carries_the_ntk_without_adding_its_own_term()
    {
        var trained = Run(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense(Number.Of(2))));
        var fixedLast = Run(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense(Number.Of(2), trained: false)));
        Assert.Same(trained.Nngp, fixedLast.Nngp);
        Assert.Same(trained.Ntk, fixedLast.Ntk + trained.Nngp);   // Θ′ = σ_w²Θ + Σ′ versus σ_w²Θ
        Assert.Same(Number.Of(4), trained.NtkVar1);             // 2·1 + 2
        Assert.Same(Number.Of(2), fixedLast.NtkVar1);
        var untrained = Run(Stax.Serial(Stax.Dense(trained: false), Stax.Relu(), Stax.Dense(trained: false)));
        Assert.Same(Number.Zero, untrained.Ntk);
        Assert.Null(untrained.NormalizedNtk);
    }

    [Fact]
    public void A_step_cuts_the_ntk_of_the_layers_below_it()
    {
        var k = Run(Stax.Serial(Stax.Dense(), Stax.Step(), Stax.Dense()));
        Assert.Same(k.Nngp, k.Ntk);   // only the last layer's own term Σ′ survives
    }

    [Fact]
    public void Bias_variance_is_added_by_every_dense_layer()
    {
        var k = Run(new FullyConnected(3, Relu.Instance, Number.Of(1, 10)));
        Assert.Same(Number.Of(13, 10), k.Var1);   // 1 + 3·(1/10): ReLU preserves the variance
        var v = NumericKernel.Evaluate(new FullyConnected(3, Relu.Instance, Number.Of(1, 10)), 1);
        Assert.True(Tolerance.Close(v.Nngp, 1.3, 1e-15, 0));
    }

    [Fact]
    public void Correlated_branches_cannot_be_summed()
    {
        var twoSkips = Stax.Serial(Stax.FanOut(2), Stax.Parallel(Stax.Identity(), Stax.Relu()), Stax.FanInSum());
        var e = Assert.Throws<ArchitectureException>(() => Run(twoSkips));
        Assert.IsType<FanInSum>(e.Layer);
        Assert.Throws<ArchitectureException>(() => Run(Stax.Residual(Stax.Serial(Stax.Dense(), Stax.Relu()))));
        Assert.Throws<ArchitectureException>(() => Run(Stax.Serial(Stax.FanOut(2), Stax.Dense())));
        var nested = Stax.Serial(Stax.Dense(), Stax.FanOut(2),
            Stax.Parallel(Stax.Serial(Stax.Dense(), Stax.Residual(s_block)), Stax.Identity()), Stax.FanInSum());
        Assert.False(Run(nested).IsBranched);   // a residual of a fresh dense output is itself uncorrelated
    }

    [Fact]
    public void Numeric_activations_have_no_symbolic_transfer()
    {
        var z = Symbol.Of("z");
        var tanh = Stax.Numeric(Core.Functions.Fn.Tanh(z), z, "tanh");
        Assert.False(Stax.Serial(Stax.Dense(), tanh).HasClosedForm);
        Assert.Throws<ArchitectureException>(() => Run(Stax.Serial(Stax.Dense(), tanh)));
        var v = NumericKernel.Evaluate(Stax.Serial(Stax.Dense(), tanh, Stax.Dense()), 0.5);
        Assert.True(v.QuadratureError is > 0 and < 1e-6, $"quadrature error {v.QuadratureError}");
    }

    [Fact]
    public void Layers_are_values_that_print_as_spec_text()
    {
        var a = Stax.Serial(Stax.Dense(Number.Of(2), Number.Of(1, 10)), Stax.Relu(), Stax.Residual(s_block, Number.Half) , Stax.Dense(trained: false));
        var b = Stax.Serial(Stax.Dense(Number.Of(2), Number.Of(1, 10)), Stax.Relu(), Stax.Residual(s_block, Number.Half), Stax.Dense(trained: false));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Stax.Serial(Stax.Dense(Number.Of(2), Number.Of(1, 10)), Stax.Relu()));
        Assert.Equal("serial(dense(w=2, b=1/10), relu, residual(serial(dense, relu, dense), alpha=1/2), dense(trained=false))", a.ToString());
        Assert.Equal("resnet(blocks=10, gamma=1/2)", ResNet.WithGamma(10, Number.Half).ToString());
        Assert.Equal("fc(layers=3, act=erf, bias=0)", Stax.Fc(3, Erf.Instance).ToString());
    }
}
