using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Estimation;

/// <summary>
/// The statistical check can fail: the same Monte Carlo runs and the same <see cref="AgreementCheck"/> that accept the
/// correct kernels reject kernels with a classic mistake planted — the ReLU dual without c_σ = 2, and the ResNet NTK with
/// B_ℓ in place of B_{ℓ+1} (fc-resnet.md §10.3).
/// </summary>
public sealed class MutationTests
{
    private static (MonteCarloRun Run, FiniteNetwork Network) Sample(Layer architecture, int width, int samples, double[] cosines)
    {
        var network = FiniteNetwork.Build(architecture, width);
        return (MonteCarloSampler.Run(network, InputBatch.OnSphere(3, cosines), new SamplingOptions(samples, Seed: 31)), network);
    }

    [Fact]
    public void Relu_dual_without_c_sigma_2_is_rejected_and_the_correct_dual_accepted()
    {
        // Without c_σ = 2 every layer halves the variance: for L = 3 the raw NNGP and NTK are off by factors 4 and 4.
        double[] cosines = [0.3, -0.5, 0.9];
        var (run, network) = Sample(FullyConnected.Relu(3), 256, 48, cosines);
        foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
        {
            double diagonal = kind == KernelKind.Nngp ? 1 : 3;
            for (int j = 0; j < cosines.Length; j++)
            {
                var (rightNngp, rightNtk) = ReferenceKernels.FullyConnectedRelu(3, cosines[j]);
                var (wrongNngp, wrongNtk) = ReferenceKernels.FullyConnectedRelu(3, cosines[j], cSigma: 1);
                var right = AgreementCheck.Check(run.Estimate(kind, false, j, kind == KernelKind.Nngp ? rightNngp : rightNtk),
                    AgreementCheck.BiasAllowance(network, diagonal));
                var wrong = AgreementCheck.Check(run.Estimate(kind, false, j, kind == KernelKind.Nngp ? wrongNngp : wrongNtk),
                    AgreementCheck.BiasAllowance(network, diagonal));
                Assert.True(right.Passed, right.ToString());
                Assert.False(wrong.Passed, wrong.ToString());
            }
        }
    }

    [Fact]
    public void Resnet_ntk_with_B_l_instead_of_B_l_plus_1_is_rejected_and_the_correct_one_accepted()
    {
        // α = 1, L = 3: the off-by-one multiplies block ℓ's term by 1 + κ₀(ρ_{ℓ−1}) ∈ [1, 2], raising Θ by 56–72% at these
        // t (e.g. 7.94 → 12.96 at t = 0.3). Budget: m = 512, s = 96; the allowed band, 5 stderr plus the bias allowance
        // 0.5·D/m·Θ(1) = 0.5·11/512·24 ≈ 0.26, must be under half the planted error for the rejection to be clear-cut.
        double[] cosines = [0.6, 0.3, 0];
        var (run, network) = Sample(new ResNet(3, Number.One), 512, 96, cosines);
        double diagonal = ReferenceKernels.ResNetNtk(3, 1, 1);
        Assert.Equal(24, diagonal, 12);   // 2Lα²(1 + α²)^(L−1) (§4.2)
        for (int j = 0; j < cosines.Length; j++)
        {
            var right = AgreementCheck.Check(run.Estimate(KernelKind.Ntk, false, j, ReferenceKernels.ResNetNtk(3, 1, cosines[j])),
                AgreementCheck.BiasAllowance(network, diagonal));
            var wrong = AgreementCheck.Check(run.Estimate(KernelKind.Ntk, false, j, ReferenceKernels.ResNetNtk(3, 1, cosines[j], offByOne: true)),
                AgreementCheck.BiasAllowance(network, diagonal));
            Assert.True(right.Passed, right.ToString());
            Assert.False(wrong.Passed, wrong.ToString());
            double band = right.StatisticalAllowance + right.BiasAllowance;
            Assert.True(Math.Abs(wrong.Estimate.Analytic - right.Estimate.Analytic) > 2 * band, $"the planted error is not resolved with margin: {wrong}");
        }
    }
}
