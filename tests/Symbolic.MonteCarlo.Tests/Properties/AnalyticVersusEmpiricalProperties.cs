using FsCheck.Xunit;
using Symbolic.Kernels;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Properties;

/// <summary>
/// The analytic kernels of the kernel layer agree with finite random networks built from the same Layer values: for every
/// random architecture, at one cosine, the raw and normalised NNGP and NTK each satisfy
/// |mean − analytic| ≤ 5·stderr + bias allowance (<see cref="AgreementCheck"/>).
/// </summary>
/// <remarks>
/// Budget: m = 256, s = 48 networks, 20 cases, four kernels each. Tolerance: the 5·stderr term bounds the noise (a false
/// alarm has probability ~6·10⁻⁷ per check for a near-Gaussian mean of 48 values); the bias allowance 0.5·D/m·K(1)
/// (D = dense layers + nonlinearities on the longest path, K(1) the analytic diagonal, 1 when normalised) covers the O(1/m)
/// finite-width correction of the mean: measured |bias|·m/K(1) ≤ 0.18·D over this whole generator space at m = 16 and 32
/// with 3000–6000 networks (see <see cref="AgreementCheck"/>), so at m = 256 the true bias is at most 0.07%·D of K(1) —
/// the allowance has a margin of 2.8.
/// </remarks>
public sealed class AnalyticVersusEmpiricalProperties
{
    private const int Width = 256;
    private const int Samples = 48;

    [Property(Arbitrary = [typeof(ArchitectureArbitrary)], MaxTest = 20, Replay = "(1234,5679)")]
    public bool Empirical_kernels_agree_with_the_analytic_kernels(ArchitectureCase c)
    {
        var network = FiniteNetwork.Build(c.Architecture, Width);
        var run = MonteCarloSampler.Run(network, InputBatch.OnSphere(3, [c.T]), new SamplingOptions(Samples, Seed: 17));
        foreach (var kind in new[] { KernelKind.Nngp, KernelKind.Ntk })
            foreach (var normalized in new[] { false, true })
            {
                double analytic = AnalyticKernel.Values(c.Architecture, kind, normalized, [c.T])[0];
                double diagonal = normalized ? 1 : AnalyticKernel.Values(c.Architecture, kind, false, [1.0])[0];
                var agreement = AgreementCheck.Check(run.Estimate(kind, normalized, 0, analytic), AgreementCheck.BiasAllowance(network, diagonal));
                if (!agreement.Passed) throw new Xunit.Sdk.XunitException($"{c}: {kind} {(normalized ? "normalised" : "raw")}: {agreement}");
            }
        return true;
    }
}
