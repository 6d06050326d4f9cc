using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;
using static Symbolic.Spectral.Tests.ReluKernels;

namespace Symbolic.Spectral.Tests.Decay;

/// <summary>
/// Bietti–Bach asymptotics of the normalised ResNet NTK (Huang et al. 2020 = Belfer et al. 2021; fc-resnet.md §4.2,
/// §5.2): ν = ½ with the derived end-point coefficients; both parities decay like k^(−d).
/// </summary>
public sealed class ResidualAsymptoticsTests
{
    public static TheoryData<int, int, double> Cases => new()
    {
        { 2, 3, 1.0 }, { 3, 3, 1.0 }, { 5, 3, 1.0 },
        { 2, 4, 0.5 }, { 3, 4, 0.5 }, { 5, 4, 0.5 },
    };

    [Fact]
    public void Residual_ntk_is_normalised_and_reduces_to_the_two_layer_ntk_for_one_block()
    {
        Assert.Equal(1.0, ResidualNtk(4, 0.5, 1), 14);
        foreach (var t in new[] { -0.9, -0.2, 0.4, 0.95 })
            Assert.Equal(TwoLayerNtk(t) / 2, ResidualNtk(1, 0.7, t), 15);
        var (c1, cMinus1) = ResidualNtkCoefficients(1, 0.7);
        Assert.Equal(-SqrtTwoOverPi / 2, c1, 15);
        Assert.Equal(-SqrtTwoOverPi / 2, cMinus1, 15);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Residual_ntk_eigenvalues_approach_the_prediction_at_degree_200(int dimension, int blocks, double alpha)
    {
        var (c1, cMinus1) = ResidualNtkCoefficients(blocks, alpha);
        var prediction = DecayPrediction.Create(dimension, 0.5, c1, cMinus1);
        Assert.False(prediction.EvenDecaysFaster || prediction.OddDecaysFaster);
        var spectrum = MercerSpectrum.OnSphere(t => ResidualNtk(blocks, alpha, t), dimension, 201);
        foreach (var ratio in DecayFit.RatiosToPrediction(spectrum, prediction, new DegreeWindow(200, 201)))
            Assert.True(Math.Abs(ratio.Ratio!.Value - 1) < 1e-3, $"k = {ratio.Degree}: {ratio.Ratio:R}");
    }
}
