using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Studies;

namespace Symbolic.MonteCarlo.Tests.Studies;

/// <summary>
/// Width sweeps: the error of a single network's empirical NTK shrinks like m^(−1/2), and the mean converges to the
/// analytic kernel (the O(1/m) fit extrapolates to 0 at m = ∞).
/// </summary>
public sealed class WidthSweepTests
{
    private static readonly int[] s_widths = [32, 64, 128, 256, 512];

    public static TheoryData<string, Layer> Architectures => new()
    {
        { "fc(layers=3)", FullyConnected.Relu(3) },
        { "resnet(blocks=2, alpha=1/2)", new ResNet(2, Number.Half) },
    };

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Ntk_error_shrinks_like_inverse_square_root_of_width(string name, Layer architecture)
    {
        double[] cosines = [0.5];
        var analytic = AnalyticKernel.Values(architecture, KernelKind.Ntk, false, cosines);
        var sweep = WidthSweep.Run(architecture, s_widths, cosines, new SamplingOptions(96, Seed: 3), KernelKind.Ntk, normalized: false, analytic);
        var fit = sweep.Fits[0];

        // The RMS error over 96 networks has relative noise ≈ 1/√(2·96) = 7% (≈ 0.07 in its log) at each of five widths
        // spread over ln 16 = 2.8, so the fitted slope's noise is ≈ 0.03; ±0.15 also absorbs the O(1/m) bias, which
        // adds to the RMS error (RMS² = variance + bias²) most at the smallest widths.
        Assert.NotNull(fit.LogRmsVsLogWidth);
        Assert.InRange(fit.LogRmsVsLogWidth.Slope, -0.65, -0.35);
        Assert.True(fit.LogRmsVsLogWidth.RSquared > 0.95, $"{name}: R² = {fit.LogRmsVsLogWidth.RSquared}");

        // mean − analytic = a + b/m: the extrapolation to infinite width must agree with the analytic kernel.
        Assert.NotNull(fit.DeviationVsInverseWidth);
        var line = fit.DeviationVsInverseWidth;
        Assert.True(Math.Abs(line.Intercept) <= 5 * line.InterceptError, $"{name}: intercept {line.Intercept} ± {line.InterceptError}");
        Assert.Equal(s_widths, sweep.Rows.Select(r => r.Width));
    }

    [Fact]
    public void A_wrong_analytic_value_shows_as_a_nonzero_intercept()
    {
        // The same extrapolation detects a kernel that is off by 10% at infinite width (0.14 here, against an intercept
        // error of ≈ 0.017 with 160 networks per width).
        var architecture = FullyConnected.Relu(3);
        double[] cosines = [0.5];
        var analytic = AnalyticKernel.Values(architecture, KernelKind.Ntk, false, cosines).Select(v => v * 1.1).ToArray();
        var sweep = WidthSweep.Run(architecture, [64, 128, 256, 512], cosines, new SamplingOptions(160, Seed: 3), KernelKind.Ntk, false, analytic);
        var line = sweep.Fits[0].DeviationVsInverseWidth!;
        Assert.True(Math.Abs(line.Intercept) > 5 * line.InterceptError, $"intercept {line.Intercept} ± {line.InterceptError}");
    }
}
