using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.DenseNets;

/// <summary>
/// The exact finite-width law of conv-dense.md §3.4(3) for the DenseNet's readout part at one input, q = ‖Y_L‖²/N_L (the
/// empirical NNGP diagonal Σ̂(x, x)): E q = 1 and E q² = (1 + 2/n)·∏_{l=1}^{L}(1 + 5/(n(l + 1)²)), depth-independent —
/// unlike the MLP's (1 + 2/n)(1 + 5/n)^L (§3.4(1)). Checked at n = 8, L = 4 with 4000 networks, 5 standard errors.
/// </summary>
public sealed class ReadoutMomentTests
{
    [Fact]
    public void Densenet_readout_moments_follow_the_exact_law()
    {
        const int n = 8, layers = 4, samples = 4000;
        var run = MonteCarloSampler.Run(FiniteNetwork.Build(new DenseNet(layers), n), InputBatch.OnSphere(3, [1.0]),
            new SamplingOptions(samples, Seed: 34, Ntk: false));
        var q = run.Samples.Select(s => s.Nngp(0, 0)).ToArray();
        var first = SampleSummary.Of(q);
        var second = SampleSummary.Of([.. q.Select(v => v * v)]);
        double law = (1 + 2.0 / n) * Enumerable.Range(1, layers).Aggregate(1.0, (p, l) => p * (1 + 5.0 / (n * (l + 1) * (l + 1))));
        double mlpLaw = (1 + 2.0 / n) * Math.Pow(1 + 5.0 / n, layers);
        Assert.True(Math.Abs(first.Mean - 1) <= 5 * first.StdErr, $"E q = {first.Mean} ± {first.StdErr}");
        Assert.True(Math.Abs(second.Mean - law) <= 5 * second.StdErr, $"E q² = {second.Mean} ± {second.StdErr}, law {law}");
        // The test can fail: the MLP law (8.7 here) and the depth-free bound (1 + 2/n) = 1.25 are both many errors away.
        Assert.True(Math.Abs(second.Mean - mlpLaw) > 20 * second.StdErr);
        Assert.True(Math.Abs(second.Mean - (1 + 2.0 / n)) > 5 * second.StdErr, $"E q² = {second.Mean} ± {second.StdErr}");
    }
}
