using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Estimation;

/// <summary>
/// Layer kinds outside the FC/ResNet property space also agree with their analytic kernels: activations without a closed
/// form (Gauss–Hermite duals), two-slope ReLUs, non-unit weight and bias variances, explicit fan-out/parallel/fan-in with a
/// scale, and an architecture that ends in a nonlinearity (fixed readout appended). Same check as the property test:
/// 5 stderr + bias allowance, m = 256, s = 48, raw and normalised NNGP and NTK at two cosines.
/// </summary>
public sealed class LayerKindAgreementTests
{
    private static readonly Symbol s_z = Symbol.Of("z");
    private static readonly Layer s_tanh = Stax.Numeric(Fn.Tanh(s_z), s_z, "tanh");

    public static TheoryData<string, Layer> Architectures => new()
    {
        { "tanh (quadrature)", Stax.Serial(Stax.Dense(), s_tanh, Stax.Dense(), s_tanh, Stax.Dense()) },
        { "leaky relu, w = 2, b = 1/2", Stax.Serial(Stax.Dense(2, Number.Half), Stax.LeakyRelu(Number.Of(1, 5)), Stax.Dense(2, Number.Half)) },
        { "fan-out, parallel, fan-in", Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.FanOut(2),
            Stax.Parallel(Stax.Serial(Stax.Dense(), Stax.Erf(), Stax.Dense()), Stax.Scale(Number.Half)), Stax.FanInSum(), Stax.Dense()) },
        { "ends in relu", Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense(), Stax.Relu()) },
    };

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Empirical_kernels_agree_with_the_analytic_kernels(string name, Layer architecture)
    {
        double[] cosines = [0.4, -0.7];
        var network = FiniteNetwork.Build(architecture, 256);
        var run = MonteCarloSampler.Run(network, InputBatch.OnSphere(3, cosines), new SamplingOptions(48, Seed: 23));
        foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
            foreach (var normalized in new[] { false, true })
            {
                var analytic = AnalyticKernel.Values(architecture, kind, normalized, cosines);
                double diagonal = normalized ? 1 : AnalyticKernel.Values(architecture, kind, false, [1.0])[0];
                for (int j = 0; j < cosines.Length; j++)
                {
                    var estimate = run.Estimate(kind, normalized, j, analytic[j]);
                    var agreement = AgreementCheck.Check(estimate, AgreementCheck.BiasAllowance(network, diagonal));
                    Assert.True(agreement.Passed, $"{name}, {kind} {(normalized ? "normalised" : "raw")}: {agreement}");
                }
            }
    }
}
