using Symbolic.Core.Expressions;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Studies;

namespace Symbolic.MonteCarlo.Tests.Studies;

/// <summary>
/// The variance of the empirical NTK against depth and width: for fully connected ReLU networks the relative variance
/// grows with depth at fixed width (≈ proportional to L/m, Hanin &amp; Nica 2019), while ResNets with α = 1/L keep it
/// bounded in depth (Littwin et al. 2020); in both, Var ∝ 1/m at fixed depth.
/// </summary>
public sealed class NtkVarianceStudyTests
{
    private static readonly int[] s_depths = [2, 8];
    private static readonly int[] s_widths = [64, 128];

    [Fact]
    public void Fc_variance_grows_with_depth_while_the_scaled_resnet_stays_bounded()
    {
        // 160 networks per cell: the relative variance carries ≈ 15–20% noise (more than √(2/159) for heavy-tailed Θ̂),
        // so ratios of two cells ≈ 25%. Measured with 200 networks: FC m·Var/mean² ≈ 4.4 (L = 2) and 38 (L = 8);
        // ResNet(γ = 1) ≈ 8.1 and 6.4. The thresholds below sit several noise widths away from both.
        var options = new SamplingOptions(160, Seed: 8);
        var fc = NtkVarianceStudy.Run(FullyConnected.Relu, s_depths, s_widths, 0.5, options);
        var resnet = NtkVarianceStudy.Run(depth => ResNet.WithGamma(depth, Number.One), s_depths, s_widths, 0.5, options);
        Assert.Equal(4, fc.Length);
        foreach (int width in s_widths)
        {
            var (fcShallow, fcDeep) = (fc.Single(c => c.Depth == 2 && c.Width == width), fc.Single(c => c.Depth == 8 && c.Width == width));
            Assert.True(fcDeep.RelativeVariance > 3 * fcShallow.RelativeVariance, $"FC at m = {width}: {fcShallow} vs {fcDeep}");
            var (resShallow, resDeep) = (resnet.Single(c => c.Depth == 2 && c.Width == width), resnet.Single(c => c.Depth == 8 && c.Width == width));
            Assert.True(resDeep.RelativeVariance < 1.5 * resShallow.RelativeVariance, $"ResNet at m = {width}: {resShallow} vs {resDeep}");
        }
        foreach (var cells in new[] { fc, resnet })
            foreach (int depth in s_depths)
            {
                double ratio = cells.Single(c => c.Depth == depth && c.Width == 128).ScaledRelativeVariance
                             / cells.Single(c => c.Depth == depth && c.Width == 64).ScaledRelativeVariance;
                Assert.InRange(ratio, 0.55, 1.8);
            }
    }
}
