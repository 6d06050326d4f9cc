using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.MonteCarlo.Estimation;
using Symbolic.MonteCarlo.Network;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>
/// Image networks built from Layer values: a 2-D smoke case (2×3 pixels, q = 3) and a flatten head against the analytic
/// evaluator, the layer-wise NTK of a builder-made rescnn against finite differences, bit-identical runs for any thread
/// count, and the one-line reasons for architectures that cannot be sampled.
/// </summary>
public sealed class ImageNetworkTests
{
    public static TheoryData<string, Layer, int, int> Smoke => new()
    {
        { "2-D rescnn eq", new ResCnn(1, Number.One, 3, Head: ConvHead.Eq), 2, 3 },
        { "2-D cnn gap", new Cnn(2, 3, Head: ConvHead.Gap), 2, 3 },
        { "1-D cnn flatten with bias", new Serial([new Conv(1, Number.One, Number.Zero), new Conv(3, Number.One, Number.Of(1, 10)),
            Stax.Relu(), Flatten.Instance, Stax.Dense()]), 1, 4 },
    };

    [Theory]
    [MemberData(nameof(Smoke))]
    public void Small_image_networks_agree_with_the_analytic_evaluator(string name, Layer architecture, int rows, int columns)
    {
        var shape = rows == 1 ? ImageShape.Line(columns) : ImageShape.Grid(rows, columns);
        double[] x = [0.3, 1.1, 2.0, -0.7, 0.4, 2.5], z = [0.5, 0.2, 2.9, -1.5, 1.0, -2.0];
        var points = AngleImages.Points(shape, x[..shape.Pixels], z[..shape.Pixels]);
        var exact = ImageKernelEvaluator.Create(architecture, shape, 2).Evaluate(points.Point(0), points.Point(1));
        var network = FiniteNetwork.Build(architecture, 128, 2, shape);
        var run = MonteCarloSampler.Run(network, points, new SamplingOptions(48, Seed: 3));
        foreach (var (kind, value, diagonal) in new[] { (KernelKind.Nngp, exact.Nngp, Math.Sqrt(exact.NngpXX * exact.NngpZZ)),
                                                       (KernelKind.Ntk, exact.Ntk, Math.Sqrt(exact.NtkXX * exact.NtkZZ)) })
        {
            var analytic = AnalyticKernel.ImageValues(architecture, points, kind, normalized: false);
            Assert.Equal([value], analytic);
            var agreement = AgreementCheck.Check(run.Estimates(kind, false, analytic).Single(), AgreementCheck.BiasAllowance(network, diagonal));
            Assert.True(agreement.Passed, $"{name} {kind}: {agreement}");
        }
    }

    [Fact]
    public void Builder_made_rescnn_ntk_equals_finite_difference_gradient_products()
    {
        var shape = ImageShape.Line(3);
        var network = FiniteNetwork.Build(new ResCnn(1, Number.Half, 3, Head: ConvHead.Gap), 3, 2, shape);
        var points = AngleImages.Points(shape, [0.3, 1.1, 2.0], [0.5, 0.2, 2.9]);
        var kernels = network.Sample(4, points);
        var byDifferences = new double[2, 2];
        foreach (var node in network.Nodes.OfType<ConvNode>().Where(c => c.Trained))
            for (int row = 0; row < node.Channels; row++)
                for (int column = 0; column < node.FanIn; column++)
                    Accumulate(new ParameterShift(node.LayerIndex, row, column, 0));
        var readout = network.Nodes.OfType<DenseNode>().Single();
        for (int column = 0; column < network.Nodes[readout.Inputs[0]].Width; column++) Accumulate(new ParameterShift(readout.DenseIndex, 0, column, 0));
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
                Assert.True(Symbolic.Testing.Tolerance.Close(kernels.Ntk(a, b), byDifferences[a, b], 1e-6, 1e-9),
                    $"Θ̂[{a},{b}] = {kernels.Ntk(a, b)} layer-wise, {byDifferences[a, b]} by differences");

        void Accumulate(ParameterShift shift)
        {
            const double h = 1e-5;
            var plus = network.Sample(4, points, false, shift with { Delta = h }).Outputs.ToArray();
            var minus = network.Sample(4, points, false, shift with { Delta = -h }).Outputs.ToArray();
            for (int a = 0; a < 2; a++)
                for (int b = 0; b < 2; b++) byDifferences[a, b] += (plus[a] - minus[a]) * (plus[b] - minus[b]) / (4 * h * h);
        }
    }

    [Fact]
    public void Runs_are_bit_identical_for_any_thread_count()
    {
        var shape = ImageShape.Line(4);
        var network = FiniteNetwork.Build(new ResCnn(2, Number.One, 3, Head: ConvHead.Gap), 32, 2, shape);
        var points = AngleImages.Points(shape, AngleImages.X1, AngleImages.Z1);
        var one = MonteCarloSampler.Run(network, points, new SamplingOptions(8, Seed: 5, MaxThreads: 1));
        var two = MonteCarloSampler.Run(network, points, new SamplingOptions(8, Seed: 5, MaxThreads: 2));
        Assert.Equal(one.Values(KernelKind.Ntk, false, 0, 1), two.Values(KernelKind.Ntk, false, 0, 1));
        Assert.Equal(one.Values(KernelKind.Nngp, false, 0, 1), two.Values(KernelKind.Nngp, false, 0, 1));
        Assert.NotEqual(one.Values(KernelKind.Ntk, false, 0, 1)[0], one.Values(KernelKind.Ntk, false, 0, 1)[1]);
    }

    public static TheoryData<Layer, string> Unsampleable => new()
    {
        { new Serial([new Conv(3, Number.One, Number.Zero), Stax.Relu(), new Conv(3, Number.One, Number.Zero)]), "put a head (eq, gap or flatten) before the readout" },
        { new Serial([new Conv(1, Number.One, Number.Zero), new EqHead(7), Stax.Dense()]), "reads pixel 7, but the image (4) has 4 pixels" },
        { new Serial([Stax.Relu(), new Conv(3, Number.One, Number.Zero), GlobalAveragePooling.Instance]), "acts on the raw input" },
    };

    [Theory]
    [MemberData(nameof(Unsampleable))]
    public void Unsampleable_image_architectures_give_a_reason(Layer architecture, string reason)
    {
        Assert.False(FiniteNetwork.TryBuild(architecture, 8, 2, ImageShape.Line(4), out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_of_another_shape_are_refused()
    {
        var network = FiniteNetwork.Build(new Cnn(1, 3), 8, 2, ImageShape.Line(4));
        var other = AngleImages.Points(ImageShape.Line(3), [0.1, 0.2, 0.3], [0.3, 0.2, 0.1]);
        Assert.Throws<ArgumentException>(() => MonteCarloSampler.Run(network, other, new SamplingOptions(2, Seed: 1)));
    }
}
