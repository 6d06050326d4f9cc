using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Network;
using Symbolic.Testing;

namespace Symbolic.MonteCarlo.Tests.Network;

/// <summary>
/// The layer-wise NTK of the backward pass, Σ over trained dense layers ⟨∂f/∂h′ₐ, ∂f/∂h′_b⟩·(σ_w²/n⟨hₐ, h_b⟩ + σ_b²),
/// against its definition Σ_θ ∂f(xₐ)/∂θ·∂f(x_b)/∂θ with every derivative taken by central differences on a tiny network
/// (every weight and bias of every trained layer shifted one at a time). This checks the backward pass of every layer kind.
/// </summary>
public sealed class GradientTests
{
    private static readonly Symbol s_z = Symbol.Of("z");

    public static TheoryData<string, Layer> Architectures => new()
    {
        { "fc relu with bias", Stax.Fc(3, bias: Number.Of(1, 10)) },
        { "fc erf", Stax.Fc(3, new Symbolic.Kernels.Activations.Erf()) },
        { "fc step", Stax.Fc(3, new Symbolic.Kernels.Activations.Step()) },
        { "leaky relu, w = 2", Stax.Serial(Stax.Dense(2), Stax.LeakyRelu(Number.Of(1, 5)), Stax.Dense(Number.Of(1, 2), Number.Of(1, 4))) },
        { "tanh by quadrature", Stax.Serial(Stax.Dense(), Stax.Numeric(Fn.Tanh(s_z), s_z, "tanh"), Stax.Dense()) },
        { "resnet", Stax.ResNet(2, Number.Half) },
        { "branches ending in relu", Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.FanOut(2),
            Stax.Parallel(Stax.Serial(Stax.Dense(), Stax.Erf(), Stax.Dense(trained: false)), Stax.Scale(2)), Stax.FanInSum(), Stax.Relu()) },
        { "residual with identity branch", Stax.Serial(Stax.Dense(), Stax.Residual(Stax.Serial(Stax.Dense(), Stax.Identity()), Number.Of(3, 2)), Stax.Dense()) },
        { "densenet", Stax.DenseNet(2) },
        { "relu after concatenation", Stax.Serial(Stax.Dense(), Stax.FanOut(2), Stax.Parallel(Stax.Identity(), Stax.Serial(Stax.Relu(), Stax.Dense(Number.Of(2)))),
            Stax.FanInConcat(), Stax.Relu(), Stax.Dense()) },
    };

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Layerwise_ntk_equals_the_sum_over_parameters_of_gradient_products(string name, Layer architecture)
    {
        var network = FiniteNetwork.Build(architecture, width: 4, inputDimension: 3);
        var inputs = InputBatch.OnSphere(3, [0.3]);
        const ulong seed = 11;
        var kernels = network.Sample(seed, inputs);
        var byDifferences = new double[2, 2];
        foreach (var shift in Parameters(network))
        {
            const double h = 1e-5;
            var plus = network.Sample(seed, inputs, shift with { Delta = h }).Outputs.ToArray();
            var minus = network.Sample(seed, inputs, shift with { Delta = -h }).Outputs.ToArray();
            var gradient = plus.Zip(minus, (p, m) => (p - m) / (2 * h)).ToArray();
            for (int a = 0; a < 2; a++)
                for (int b = 0; b < 2; b++) byDifferences[a, b] += gradient[a] * gradient[b];
        }
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
                Assert.True(Tolerance.Close(kernels.Ntk(a, b), byDifferences[a, b], 1e-6, 1e-9),
                    $"{name}: Θ̂[{a},{b}] = {kernels.Ntk(a, b)} layer-wise, {byDifferences[a, b]} by differences");
    }

    [Fact]
    public void The_nngp_is_the_readout_covariance_given_the_last_hidden_layer()
    {
        // f = √(σ_w²/n)·vᵀh + σ_b·β, so E_v,β[f(x)f(z)] = σ_w²(1/n)⟨h(x), h(z)⟩ + σ_b² = Σ̂(x, z): the product of outputs and
        // the Rao-Blackwellised Σ̂ estimate the same mean (Σ(x, z) = 3κ₁(½) + 2 ≈ 3.8 here). Their difference is checked against 5 standard
        // errors, and the standard error must be small enough (below 0.1) for the check to mean something.
        var network = FiniteNetwork.Build(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense(3, 2)), width: 4);
        var inputs = InputBatch.OnSphere(3, [0.5]);
        const int draws = 20_000;
        var differences = new double[draws];
        for (int i = 0; i < draws; i++)
        {
            var k = network.Sample((ulong)i, inputs, ntk: false);
            differences[i] = k.Outputs[0] * k.Outputs[1] - k.Nngp(0, 1);
        }
        var summary = Symbolic.MonteCarlo.Estimation.SampleSummary.Of(differences);
        Assert.InRange(summary.Mean, -5 * summary.StdErr, 5 * summary.StdErr);
        Assert.True(summary.StdErr < 0.1, $"standard error {summary.StdErr}");
    }

    private static IEnumerable<ParameterShift> Parameters(FiniteNetwork network)
    {
        foreach (var dense in network.Nodes.OfType<DenseNode>().Where(d => d.Trained))
        {
            int fanIn = network.Nodes[dense.Inputs[0]].Width;
            for (int row = 0; row < dense.Width; row++)
            {
                for (int column = 0; column < fanIn; column++) yield return new ParameterShift(dense.DenseIndex, row, column, 0);
                if (dense.BiasVariance > 0) yield return new ParameterShift(dense.DenseIndex, row, -1, 0);
            }
        }
    }
}
