using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Spectral.MultiSphere;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.MultiSphere;

public sealed class CanonicalConvNetTests
{
    /// <summary>The pixel cosines of the §5.1 pair (X1, Z1), C0 = 2, d = 4.</summary>
    private static readonly double[] Pair = [0.980066577841242, 0.621609968270664, 0.621609968270665, 0.696706709347165];

    [Theory] // conv-dense.md §5.1, Eq head, unnormalised (value·diagonal), q = 3, α = 1, 15 digits
    [InlineData(true, ConvKernelKind.Gp, 1, 1.78054937074364, 2)]
    [InlineData(true, ConvKernelKind.Gp, 2, 3.40332575146762, 4)]
    [InlineData(true, ConvKernelKind.Gp, 3, 6.68215904136464, 8)]
    [InlineData(true, ConvKernelKind.Ntk, 1, 4.75291623965533, 6)]
    [InlineData(true, ConvKernelKind.Ntk, 2, 11.3678690759649, 16)]
    [InlineData(true, ConvKernelKind.Ntk, 3, 26.4287275623037, 40)]
    [InlineData(false, ConvKernelKind.Gp, 1, 0.800482792902401, 1)]
    [InlineData(false, ConvKernelKind.Gp, 2, 0.822392727053698, 1)]
    [InlineData(false, ConvKernelKind.Gp, 3, 0.833851863778241, 1)]
    [InlineData(false, ConvKernelKind.Ntk, 1, 1.99230029107044, 3)]
    [InlineData(false, ConvKernelKind.Ntk, 2, 2.38022426305878, 4)]
    [InlineData(false, ConvKernelKind.Ntk, 3, 2.66940948503528, 5)]
    public void Eq_values_match_the_reference_pair(bool residual, ConvKernelKind kind, int blocks, double expected, double diagonal)
    {
        var net = new CanonicalConvNet(residual, kind, 4, 3, blocks);
        Assert.Equal(diagonal, net.Diagonal, 12);
        Assert.True(Tolerance.Close(net.Evaluate(Pair) * net.Diagonal, expected, 1e-12), $"{net.Evaluate(Pair) * net.Diagonal:R}");
    }

    [Theory] // §5.1 variants: α = 0.5, and only the blocks trained
    [InlineData(true, ConvKernelKind.Gp, 0.5, true, true, 1.43169766016784, 1.5625)]
    [InlineData(true, ConvKernelKind.Ntk, 0.5, true, true, 3.59506770825799, 4.375)]
    [InlineData(true, ConvKernelKind.Ntk, 1, false, false, 5.32705284188053, 8)]
    [InlineData(false, ConvKernelKind.Ntk, 1, false, false, 1.09336807175554, 2)]
    public void Variants_match_the_reference(bool residual, ConvKernelKind kind, double alpha, bool embedding, bool readout,
        double expected, double diagonal)
    {
        var net = new CanonicalConvNet(residual, kind, 4, 3, 2, alpha, embedding, readout);
        Assert.Equal(diagonal, net.Diagonal, 12);
        Assert.True(Tolerance.Close(net.Evaluate(Pair) * net.Diagonal, expected, 1e-12), $"{net.Evaluate(Pair) * net.Diagonal:R}");
    }

    [Theory] // §5.2: d = 1, q = 1 is the FC ResNet (α = 1) and MLP at t = cos 1, unnormalised
    [InlineData(true, ConvKernelKind.Gp, 2, 2.51503457972959)]
    [InlineData(true, ConvKernelKind.Ntk, 3, 19.195137932406)]
    [InlineData(false, ConvKernelKind.Gp, 3, 0.752559389636952)]
    [InlineData(false, ConvKernelKind.Ntk, 1, 1.3728047545484)]
    [InlineData(false, ConvKernelKind.Ntk, 2, 1.69100993390774)]
    public void One_pixel_reduces_to_the_fully_connected_kernels(bool residual, ConvKernelKind kind, int blocks, double expected)
    {
        var net = new CanonicalConvNet(residual, kind, 1, 1, blocks);
        Assert.True(Tolerance.Close(net.Evaluate(Math.Cos(1)) * net.Diagonal, expected, 1e-12));
    }

    [Property(MaxTest = 100, Replay = "(1234,5679)")]
    public Property L1_closed_forms_hold(double u0, double u1, double u2)
    {
        // §2.2/§2.3, L = 1, α = 1: ResCGPK = (t₀ + κ₁(t̄))/2, ResCNTK = (t₀ + κ₁(t̄) + t̄κ₀(t̄))/3, CNTK = (κ₁ + 2t̄κ₀)/3.
        double[] t = [.. new[] { u0, u1, u2 }.Select(u => double.IsFinite(u) ? 0.99 * Math.Tanh(u) : 0.5)];
        var mean = t.Average();
        double k0 = ReluKernels.Kappa0(mean), k1 = ReluKernels.Kappa1(mean);
        bool Close(bool residual, ConvKernelKind kind, double expected) =>
            Tolerance.Close(new CanonicalConvNet(residual, kind, 3, 3, 1).Evaluate(t), expected, 1e-13, 1e-15);
        return (Close(true, ConvKernelKind.Gp, (t[0] + k1) / 2) && Close(false, ConvKernelKind.Gp, k1)
                && Close(true, ConvKernelKind.Ntk, (t[0] + k1 + mean * k0) / 3) && Close(false, ConvKernelKind.Ntk, (k1 + 2 * mean * k0) / 3))
            .ToProperty();
    }

    [Fact]
    public void Batch_kernel_equals_pointwise_evaluation_and_bad_parameters_are_reported()
    {
        var net = new CanonicalConvNet(true, ConvKernelKind.Ntk, 4, 3, 2, 0.7);
        var batch = net.EqKernel();
        double[] points = [.. Pair, 1, 1, 1, 1, -0.3, 0.2, 0.9, -1];
        var values = new double[3];
        batch(points, values);
        Assert.Equal(net.Evaluate(Pair), values[0], 15);
        Assert.Equal(1, values[1], 14);
        Assert.Equal(net.Evaluate(-0.3, 0.2, 0.9, -1), values[2], 15);
        Assert.Equal(5, new CanonicalConvNet(true, ConvKernelKind.Gp, 9, 3, 2).ReceptiveField);
        Assert.NotNull(new CanonicalConvNet(true, ConvKernelKind.Gp, 4, 2, 1).Check());
        Assert.NotNull(new CanonicalConvNet(true, ConvKernelKind.Gp, 4, 3, 1, 0).Check());
        Assert.NotNull(new CanonicalConvNet(false, ConvKernelKind.Gp, 0, 3, 1).Check());
        Assert.Null(new CanonicalConvNet(false, ConvKernelKind.Gp, 4, 3, 1, 0).Check());
        Assert.Throws<ArgumentException>(() => new CanonicalConvNet(true, ConvKernelKind.Gp, 4, 4, 1).EqKernel());
    }
}
