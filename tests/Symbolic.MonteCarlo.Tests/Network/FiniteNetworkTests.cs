using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Specs;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Network;

/// <summary>How Layer values become finite networks: widths, readout, diagnostics, and reproducible sampling.</summary>
public sealed class FiniteNetworkTests
{
    private static Layer Parse(string spec) => ArchitectureParser.Parse(spec).Value ?? throw new ArgumentException(spec);

    [Fact]
    public void Results_are_bit_identical_for_any_thread_count()
    {
        var network = FiniteNetwork.Build(Stax.ResNet(2, Number.Half), width: 64);
        var inputs = InputBatch.OnSphere(3, [0.3, -0.5, 1]);
        var one = MonteCarloSampler.Run(network, inputs, new SamplingOptions(24, 99, MaxThreads: 1));
        var two = MonteCarloSampler.Run(network, inputs, new SamplingOptions(24, 99, MaxThreads: 2));
        var four = MonteCarloSampler.Run(network, inputs, new SamplingOptions(24, 99, MaxThreads: 4));
        for (int j = 0; j < 3; j++)
            foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
            {
                var reference = one.Values(kind, false, j).Select(BitConverter.DoubleToInt64Bits).ToArray();
                Assert.Equal(reference, two.Values(kind, false, j).Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(reference, four.Values(kind, false, j).Select(BitConverter.DoubleToInt64Bits));
            }
    }

    [Fact]
    public void A_seed_fixes_the_network_and_another_seed_draws_another()
    {
        var network = FiniteNetwork.Build(Stax.Fc(3), width: 32);
        var inputs = InputBatch.OnSphere(3, [0.2]);
        Assert.Equal(network.Sample(5, inputs).Ntk(0, 1), network.Sample(5, inputs).Ntk(0, 1));
        Assert.NotEqual(network.Sample(5, inputs).Ntk(0, 1), network.Sample(6, inputs).Ntk(0, 1));
    }

    [Fact]
    public void A_final_dense_layer_is_the_readout_otherwise_a_fixed_one_is_appended()
    {
        var fc = FiniteNetwork.Build(Stax.Fc(3), width: 16);
        Assert.False(fc.AppendedReadout);
        Assert.Equal(3, fc.DenseLayers);
        Assert.Equal(3, fc.TrainedLayers);
        Assert.Equal(1, fc.Nodes[^1].Width);
        Assert.Equal(5, fc.Depth);   // dense, relu, dense, relu, dense

        var open = FiniteNetwork.Build(Stax.Serial(Stax.Dense(), Stax.Relu()), width: 16);
        Assert.True(open.AppendedReadout);
        Assert.Equal(2, open.DenseLayers);
        Assert.Equal(1, open.TrainedLayers);
        Assert.Equal(16, open.Nodes[^2].Width);
    }

    [Fact]
    public void The_input_enters_with_kernel_t()
    {
        // identity: f = uᵀ(√d·x)/√d with a fixed readout u, so Σ̂ = (1/d)⟨√d·x, √d·z⟩ = t exactly, and Θ̂ = 0.
        var network = FiniteNetwork.Build(Stax.Identity(), width: 8, inputDimension: 5);
        var k = network.Sample(1, InputBatch.OnSphere(5, [0.3, -1]));
        Assert.Equal(0.3, k.Nngp(0, 1), 15);
        Assert.Equal(-1, k.Nngp(0, 2), 15);
        Assert.Equal(1, k.Nngp(0, 0), 15);
        Assert.Equal(0, k.Ntk(0, 1));
        Assert.True(double.IsNaN(k.Value(KernelKind.Ntk, normalized: true, 0, 1)));
    }

    [Theory]
    [InlineData("serial(relu, dense)", "acts on the raw input")]
    [InlineData("serial(fanout(2), parallel(dense, identity), faninsum)", "widths 16 and 3")]
    public void Architectures_that_cannot_be_sampled_are_reported_not_thrown(string spec, string reason)
    {
        var layer = Parse(spec);
        Assert.False(FiniteNetwork.TryBuild(layer, 16, 3, out var network, out var error));
        Assert.Null(network);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FiniteNetwork.Build(layer, 16));
    }

    [Fact]
    public void Open_branches_are_reported()
    {
        // The parser rejects open branches itself; a Layer built in C# can still have them.
        Assert.False(FiniteNetwork.TryBuild(Stax.Serial(Stax.Dense(), Stax.FanOut(2)), 16, 3, out _, out var error));
        Assert.Contains("branches open", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_have_the_requested_inner_products()
    {
        var batch = InputBatch.OnSphere(4, [0.3, -0.5, 1, -1]);
        Assert.Equal(5, batch.Count);
        for (int j = 0; j < 4; j++)
        {
            double dot = 0, norm = 0;
            for (int i = 0; i < 4; i++)
            {
                dot += batch.Vector(0)[i] * batch.Vector(j + 1)[i];
                norm += batch.Vector(j + 1)[i] * batch.Vector(j + 1)[i];
            }
            Assert.Equal(batch.Cosines[j], dot, 15);
            Assert.Equal(1, norm, 15);
        }
        Assert.Throws<ArgumentException>(() => InputBatch.OnSphere(3, [1.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => InputBatch.OnSphere(1, [0.5]));
    }

    [Fact]
    public void Invalid_sampling_options_name_the_value_and_the_range()
    {
        Assert.Contains("samples must be in [2,", new SamplingOptions(1, 0).Check(), StringComparison.Ordinal);
        Assert.Contains("threads must be at least 1, got 0", new SamplingOptions(10, 0, MaxThreads: 0).Check(), StringComparison.Ordinal);
        Assert.Null(new SamplingOptions(10, 0).Check());
    }
}
