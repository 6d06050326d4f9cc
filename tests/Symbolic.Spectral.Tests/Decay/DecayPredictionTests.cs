using Symbolic.Spectral.Decay;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.Decay;

public sealed class DecayPredictionTests
{
    [Theory]
    [InlineData(3, 0.5, -0.35355339059327376)] // −√2/4 (fc-resnet.md §9.1)
    [InlineData(2, 0.5, -0.22507907903927651)] // −1/(√2π)
    [InlineData(2, 1.5, 0.67523723711782955217)]
    [InlineData(3, 1.5, 1.5909902576697319299)]
    [InlineData(5, 1.5, 23.864853865045978949)]
    [InlineData(3, 0.3, -0.25536261962992459278)]
    [InlineData(5, 0.3, -1.9918284331134118067)]
    [InlineData(2, 7.25, 495111702.12137023975)]
    [InlineData(5, 7.25, 118996520688.06937855)]
    public void Sphere_constant_matches_high_precision_values(int dimension, double nu, double expected)
    {
        Assert.True(Tolerance.Close(DecayPrediction.SphereConstantOf(dimension, nu), expected, relative: 1e-13, absolute: 0));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Sphere_constant_matches_the_closed_forms_for_half_integers(int d)
    {
        // C(d, ½) = −2^(d−5/2)Γ(d/2)²/π, C(d, 3/2) = 3·2^(d−1/2)Γ(d/2)Γ(d/2 + 1)/(4π) (fc-resnet.md §3).
        var gamma = MathNet.Numerics.SpecialFunctions.Gamma(d / 2.0);
        Assert.True(Tolerance.Close(DecayPrediction.SphereConstantOf(d, 0.5), -Math.Pow(2, d - 2.5) * gamma * gamma / Math.PI, 1e-13));
        Assert.True(Tolerance.Close(DecayPrediction.SphereConstantOf(d, 1.5),
            3 * Math.Pow(2, d - 0.5) * gamma * MathNet.Numerics.SpecialFunctions.Gamma(d / 2.0 + 1) / (4 * Math.PI), 1e-13));
    }

    [Theory]
    [InlineData(0, 3, 0.5, -2.666666666666666666667)]
    [InlineData(1, 3, 1.5, -0.3047619047619047619048)]
    [InlineData(5, 4, 2.5, 0.000001173004268979501177644)]
    [InlineData(1000, 3, 0.5, 9.985024962556789815433e-10)]
    [InlineData(1000, 5, 1.5, 9.895765301139634491657e-22)]
    [InlineData(5000, 2, 0.3, 0.000001206835272329467571393)]
    public void Gamma_ratio_matches_high_precision_values(int k, int d, double nu, double expected)
    {
        Assert.True(Tolerance.Close(DecayPrediction.GammaRatio(k, d, nu), expected, relative: 1e-13, absolute: 0),
            $"{DecayPrediction.GammaRatio(k, d, nu):R}");
    }

    [Fact]
    public void Two_layer_ntk_flags_the_odd_parity_and_gives_the_even_constant()
    {
        // Θ₂: ν = ½, c₁ = c₋₁ = −√2/π; even k: μₖ ~ 2^(d−1)Γ(d/2)²/π²·k^(−d) (fc-resnet.md §3).
        foreach (var d in new[] { 2, 3, 5 })
        {
            var c = -ReluKernels.SqrtTwoOverPi;
            var prediction = DecayPrediction.Create(d, 0.5, c, c);
            var gamma = MathNet.Numerics.SpecialFunctions.Gamma(d / 2.0);
            Assert.True(prediction.OddDecaysFaster);
            Assert.False(prediction.EvenDecaysFaster);
            Assert.Equal(0.0, prediction.OddConstant);
            Assert.Equal(-d, prediction.Exponent);
            Assert.True(Tolerance.Close(prediction.EvenConstant, Math.Pow(2, d - 1) * gamma * gamma / (Math.PI * Math.PI), 1e-13));
            Assert.Equal(0.0, prediction.Predict(7));
            Assert.True(Tolerance.Close(prediction.PowerLaw(10), prediction.EvenConstant * Math.Pow(10, -d), 1e-14));
        }
    }

    [Fact]
    public void Opposite_coefficients_flag_the_even_parity()
    {
        var prediction = DecayPrediction.Create(3, 1.5, 0.3, -0.3 * (1 + 1e-12));
        Assert.True(prediction.EvenDecaysFaster);
        Assert.False(prediction.OddDecaysFaster);
        Assert.Equal(-5, prediction.Exponent); // −(d − 1) − 2ν
        Assert.Equal(0.0, prediction.EvenConstant);
        Assert.True(Tolerance.Close(prediction.OddConstant, 0.6 * DecayPrediction.SphereConstantOf(3, 1.5), 1e-11));
        Assert.False(DecayPrediction.Create(3, 1.5, 0.3, -0.29).EvenDecaysFaster);
    }

    [Fact]
    public void Gamma_ratio_form_approaches_the_bare_power_law()
    {
        var prediction = DecayPrediction.Create(4, 0.5, -1, -0.25);
        var relative = Math.Abs(prediction.Predict(4000) / prediction.PowerLaw(4000) - 1);
        Assert.True(relative < 1e-3 && relative > 1e-6); // O(1/k) apart
        Assert.True(Tolerance.Close(prediction.Predict(11),
            -0.75 * DecayPrediction.SphereConstantOf(4, 0.5) * DecayPrediction.GammaRatio(11, 4, 0.5), 1e-14));
    }

    [Fact]
    public void Inadmissible_exponents_are_rejected()
    {
        Assert.False(DecayPrediction.IsAdmissibleExponent(1));
        Assert.False(DecayPrediction.IsAdmissibleExponent(0));
        Assert.False(DecayPrediction.IsAdmissibleExponent(-0.5));
        Assert.False(DecayPrediction.IsAdmissibleExponent(double.NaN));
        Assert.True(DecayPrediction.IsAdmissibleExponent(2.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecayPrediction.Create(3, 2, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecayPrediction.Create(1, 0.5, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecayPrediction.Create(3, 0.5, double.NaN, 0));
    }
}
