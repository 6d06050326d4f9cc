using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.DenseNets;

/// <summary>
/// Finite DenseNets (growth = width m: a dense layer after a concatenation has fan-in (l + 1)m), the all-trained FC ResNet,
/// and nonlinearities after a concatenation agree with their analytic kernels (conv-dense.md §3.2–§3.3): 5 stderr + the
/// bias allowance 0.5·D/m·|K(1)| of <see cref="AgreementCheck"/>, raw and normalised NNGP and NTK at two cosines,
/// m = 128, 48 networks.
/// </summary>
/// <remarks>
/// The allowance was checked for these architectures before use: with 4000 networks at m = 16 and 32, t ∈ {−0.5, 0, 0.5,
/// 0.9}, raw and normalised NNGP and NTK of densenet(layers=1, 2, 4), resnet(blocks=3, alpha=1, train=all) and the two
/// concatenation specs below, every |m·bias|/(D·|K(1)|) was ≤ 0.08 ± 0.012 (the FC/ResNet measurement behind the
/// coefficient gave ≤ 0.18), so c = 0.5 keeps its margin.
/// </remarks>
public sealed class DenseAgreementTests
{
    private const string ReluAfterConcat = "serial(dense, fanout(2), parallel(identity, serial(relu, dense)), faninconcat, relu, dense)";

    private const string UnequalWidths = "serial(dense, fanout(2), parallel(identity, serial(relu, dense)), faninconcat, " +
                                         "fanout(2), parallel(identity, serial(relu, dense(w=2))), faninconcat, relu, dense)";

    public static TheoryData<string, Layer> Architectures => new()
    {
        { "densenet L=1", new DenseNet(1) },
        { "densenet L=2", new DenseNet(2) },
        { "densenet L=3", new DenseNet(3) },
        { "densenet L=4", new DenseNet(4) },
        { "resnet L=2 α=1/2 train=all", new ResNet(2, Number.Half, null, ResNetTraining.All) },
        { "mlp L=2", new Mlp(2) },
        { "relu after concat", ArchitectureParser.Parse(ReluAfterConcat).Value! },
        { "nested concat, unequal variances", ArchitectureParser.Parse(UnequalWidths).Value! },
    };

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Empirical_kernels_agree_with_the_analytic_kernels(string name, Layer architecture)
    {
        double[] cosines = [0.4, -0.7];
        var network = FiniteNetwork.Build(architecture, 128);
        var run = MonteCarloSampler.Run(network, InputBatch.OnSphere(3, cosines), new SamplingOptions(48, Seed: 31));
        foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
            foreach (var normalized in new[] { false, true })
            {
                var analytic = AnalyticKernel.Values(architecture, kind, normalized, cosines);
                double diagonal = normalized ? 1 : AnalyticKernel.Values(architecture, kind, false, [1.0])[0];
                for (int j = 0; j < cosines.Length; j++)
                {
                    var agreement = AgreementCheck.Check(run.Estimate(kind, normalized, j, analytic[j]), AgreementCheck.BiasAllowance(network, diagonal));
                    Assert.True(agreement.Passed, $"{name}, {kind} {(normalized ? "normalised" : "raw")}: {agreement}");
                }
            }
    }

    [Fact]
    public void A_densenet_layer_after_a_concatenation_has_the_total_fan_in()
    {
        // Y₀ (m) → y₁ from fan-in m → Y₁ = [Y₀; y₁] (2m) → y₂ from fan-in 2m → Y₂ (3m) → readout from fan-in 3m.
        var network = FiniteNetwork.Build(new DenseNet(2), 16);
        Assert.Equal(16L * 3 + 16 * 16 + 16 * 32 + 48, network.WeightCount);
        Assert.Equal(4, network.DenseLayers);
        Assert.Equal(6, network.Depth);   // W₀, (W₁, relu), (W₂, relu), v
    }

    [Theory]
    [InlineData("serial(fanout(2), parallel(identity, dense), faninconcat, dense)", "concatenates the raw input")]
    [InlineData("serial(dense, fanout(2), parallel(identity, serial(dense, relu)), faninconcat, relu, dense)", "not Gaussian")]
    public void Architectures_a_finite_network_cannot_realise_are_reported(string spec, string reason)
    {
        var layer = ArchitectureParser.Parse(spec).Value!;
        Assert.False(FiniteNetwork.TryBuild(layer, 16, 3, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
