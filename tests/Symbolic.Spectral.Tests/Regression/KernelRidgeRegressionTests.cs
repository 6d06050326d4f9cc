using Symbolic.Spectral.Regression;

namespace Symbolic.Spectral.Tests.Regression;

/// <summary>Kernel ridge regression on the sphere: interpolation, recovery of a harmonic target, and the points.</summary>
public sealed class KernelRidgeRegressionTests
{
    [Fact]
    public void SpherePointsAreUnitVectorsAndReproducible()
    {
        var a = SpherePoints.Uniform(50, 4, seed: 3);
        var b = SpherePoints.Uniform(50, 4, seed: 3);
        Assert.All(a, p => Assert.Equal(1.0, Math.Sqrt(p.Sum(v => v * v)), 12));
        Assert.Equal(a[17], b[17]);
    }

    [Fact]
    public void TinyRidgeInterpolatesTheTrainingData()
    {
        var points = SpherePoints.Uniform(40, 3, seed: 1);
        var targets = points.Select(p => p[0] * p[1] + p[2]).ToArray();
        var model = KernelRidgeRegression.Fit(Math.Exp, points, targets, ridge: 1e-10);
        for (var i = 0; i < points.Length; i++) Assert.Equal(targets[i], model.Predict(points[i]), 6);
    }

    [Fact]
    public void ExponentialKernelRecoversALowDegreeHarmonicTarget()
    {
        // e^t has every μₖ > 0, so a degree ≤ 2 target is learnt from 300 points with a small error.
        var target = HarmonicTarget.Random(3, [1, 2], seed: 5);
        var train = SpherePoints.Uniform(300, 3, seed: 6);
        var test = SpherePoints.Uniform(200, 3, seed: 7);
        var model = KernelRidgeRegression.Fit(Math.Exp, train, train.Select(target.Evaluate).ToArray(), ridge: 1e-8);
        var testTargets = test.Select(target.Evaluate).ToArray();
        var relative = model.MeanSquaredError(test, testTargets) / testTargets.Average(v => v * v);
        Assert.True(relative < 1e-4, $"relative error {relative}");
    }

    [Fact]
    public void ConstantKernelCannotLearnAnOddTarget()
    {
        // κ ≡ 1 spans only constants: the zero-mean degree-1 target keeps a relative error near 1.
        var target = HarmonicTarget.Random(3, [1], seed: 2);
        var train = SpherePoints.Uniform(100, 3, seed: 8);
        var test = SpherePoints.Uniform(100, 3, seed: 9);
        var model = KernelRidgeRegression.Fit(_ => 1.0, train, train.Select(target.Evaluate).ToArray(), ridge: 1e-3);
        var testTargets = test.Select(target.Evaluate).ToArray();
        var relative = model.MeanSquaredError(test, testTargets) / testTargets.Average(v => v * v);
        Assert.True(relative > 0.8, $"relative error {relative}");
    }
}
