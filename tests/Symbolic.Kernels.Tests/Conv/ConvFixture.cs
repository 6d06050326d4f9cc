using Symbolic.Core.Expressions;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>The conv-dense.md §5.1 input pair and helpers shared by the conv tests.</summary>
internal static class ConvFixture
{
    /// <summary>θ(X1) = (0.3, 1.1, 2.0, −0.7) radians, pixels (cos θ, sin θ): C0 = 2, d = 4.</summary>
    public static double[] X1 { get; } = Pixels(0.3, 1.1, 2.0, -0.7);

    /// <summary>θ(Z1) = (0.5, 0.2, 2.9, −1.5).</summary>
    public static double[] Z1 { get; } = Pixels(0.5, 0.2, 2.9, -1.5);

    /// <summary>Unit pixels (cos θ, sin θ), pixel-major.</summary>
    public static double[] Pixels(params double[] angles) => [.. angles.SelectMany(a => new[] { Math.Cos(a), Math.Sin(a) })];

    /// <summary>The §5.1 value of an architecture on (X1, Z1) with d = 4, C0 = 2.</summary>
    public static ImageKernelValue Evaluate(Layer architecture, double[]? x = null, double[]? z = null) =>
        ImageKernelEvaluator.Create(architecture, ImageShape.Line(4), 2).Evaluate(x ?? X1, z ?? Z1);

    /// <summary>rescnn with the §5.1 defaults (q = 3, q0 = qv = 1, α = 1, all trained).</summary>
    public static ResCnn ResCnn(int blocks, ConvHead head = ConvHead.Eq, int alphaNumerator = 1, int alphaDenominator = 1,
                                int qv = 1, bool trainAll = true, bool skip = true) =>
        new(blocks, Number.Of(alphaNumerator, alphaDenominator), 3, 1, qv, head, trainAll, skip);

    /// <summary>|a − b| ≤ rel·|b|, with a message.</summary>
    public static void Close(double expected, double actual, double relative, string what) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R}");
}
