using Symbolic.Spectral.Decay;
using Symbolic.Spectral.Sphere;
using static Symbolic.Spectral.Tests.ReluKernels;

namespace Symbolic.Spectral.Tests.Decay;

/// <summary>
/// Bietti–Bach asymptotics of the bias-free fully connected ReLU kernels with L = 3 layers (fc-resnet.md §1.3, §3):
/// NTK ν = ½, c₁ = −(√2/π)L(L − 1)/2, c₋₁ = −(√2/π)∏ⱼ₌₂^(L−1) κ₀(Σⱼ(−1)); NNGP ν = 3/2, c₁ = (L − 1)·a,
/// c₋₁ = a·∏ⱼ₌₂^(L−1) κ₀(Σⱼ(−1)), a = 2√2/(3π).
/// </summary>
public sealed class FullyConnectedAsymptoticsTests
{
    private const int Layers = 3;

    public static TheoryData<int> Dimensions => [2, 3, 5];

    [Fact]
    public void End_point_coefficients_match_the_reference_values()
    {
        // c₋₁^(3) = −√2/(2π) and c₋₁^(5) = −0.0901869455517 (fc-resnet.md §1.3).
        Assert.Equal(-SqrtTwoOverPi / 2, -SqrtTwoOverPi * MinusOneProduct(3), 15);
        Assert.Equal(-0.0901869455517, -SqrtTwoOverPi * MinusOneProduct(5), 12);
        Assert.Equal(1.0, Nngp(Layers, 1), 15);
        Assert.Equal(3.0, Ntk(Layers, 1), 15);
        Assert.Equal(0.68570863628294249174, Ntk(Layers, 0), 14); // fc-resnet.md §9.2
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Ntk_eigenvalues_approach_the_prediction_for_both_parities(int dimension)
    {
        var prediction = DecayPrediction.Create(dimension, 0.5,
            -SqrtTwoOverPi * Layers * (Layers - 1) / 2, -SqrtTwoOverPi * MinusOneProduct(Layers));
        Assert.False(prediction.EvenDecaysFaster || prediction.OddDecaysFaster);
        Assert.Equal(-dimension, prediction.Exponent);
        AssertRatiosNearOne(t => Ntk(Layers, t), prediction);
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Nngp_eigenvalues_approach_the_prediction_with_exponent_minus_d_minus_2(int dimension)
    {
        var prediction = DecayPrediction.Create(dimension, 1.5, (Layers - 1) * A, A * MinusOneProduct(Layers));
        Assert.Equal(-dimension - 2, prediction.Exponent);
        AssertRatiosNearOne(t => Nngp(Layers, t), prediction);
    }

    [Theory]
    [MemberData(nameof(Dimensions))]
    public void Fitted_ntk_slopes_over_40_to_120_are_near_minus_d(int dimension)
    {
        var spectrum = MercerSpectrum.OnSphere(t => Ntk(Layers, t), dimension, 120);
        var window = new DegreeWindow(40, 120);
        var fit = DecayFit.PowerLaw(spectrum, window);
        var prediction = DecayPrediction.Create(dimension, 0.5,
            -SqrtTwoOverPi * Layers * (Layers - 1) / 2, -SqrtTwoOverPi * MinusOneProduct(Layers));
        // At finite k the local slope of Γ(k − ν)/Γ(k + ν + d − 1) is −d·k/(k + (d − 2)/2) + O(k⁻²), i.e. a little
        // shallower than −d (−2.98 for d = 3, fc-resnet.md §3); the fit must agree with the prediction's own slope.
        var degrees = Enumerable.Range(40, 81).ToArray();
        var predicted = DecayFit.PowerLaw(degrees, [.. degrees.Select(prediction.Predict)], window);
        foreach (var (actual, expected) in new[] { (fit.Even, predicted.Even), (fit.Odd, predicted.Odd) })
        {
            Assert.Equal(0, actual.Skipped);
            Assert.True(Math.Abs(actual.Slope!.Value - expected.Slope!.Value) < 1e-2, $"{actual.Slope} vs {expected.Slope}");
            Assert.True(Math.Abs(actual.Slope.Value + dimension) < 0.05 * dimension, $"{actual.Slope} vs −{dimension}");
        }

        // The validation suite's fits over [40, 120] (fc-resnet.md §5.3): −1.998 … −2.002 for d = 2, −2.982 for d = 3.
        if (dimension == 2) Assert.InRange(fit.EvenSlope!.Value, -2.003, -1.997);
        if (dimension == 3) Assert.InRange(fit.EvenSlope!.Value, -2.984, -2.980);
    }

    private static void AssertRatiosNearOne(Func<double, double> kernel, DecayPrediction prediction)
    {
        var spectrum = MercerSpectrum.OnSphere(kernel, prediction.Dimension, 201);
        var ratios = DecayFit.RatiosToPrediction(spectrum, prediction, new DegreeWindow(20, 201));
        foreach (var k in new[] { 200, 201 })
        {
            var ratio = ratios.Single(r => r.Degree == k).Ratio!.Value;
            Assert.True(Math.Abs(ratio - 1) < 1e-3, $"d = {prediction.Dimension}, k = {k}: μₖ/prediction = {ratio:R}");
        }

        // The Γ-ratio form converges faster than the bare power: compare the errors at k = 20 and k = 200.
        var early = ratios.Single(r => r.Degree == 20);
        Assert.True(Math.Abs(early.Ratio!.Value - 1) < Math.Abs(early.PowerLawRatio!.Value - 1));
    }
}
