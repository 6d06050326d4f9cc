using Symbolic.Kernels.Images;
using Symbolic.MonteCarlo.Network;
using Symbolic.Testing;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>
/// The layer-wise NTK of image networks, Σ over trained conv layers Σ_{i,j} Gᵢⱼ·(σ_w²Fᵢⱼ + σ_b²) (weight sharing couples all
/// pixel pairs) plus the dense terms, against its definition Σ_θ ∂f(a)/∂θ·∂f(b)/∂θ with every derivative by central
/// differences (every weight and bias shifted one at a time). This checks the conv forward pass, its adjoint (the backward
/// pass through circular convolutions, 1-D and 2-D), the heads and their adjoints, on tiny hand-built networks.
/// </summary>
public sealed class ConvGradientTests
{
    public static TheoryData<string> Cases => new() { "eq", "gap", "flatten", "2-D gap", "2-D eq, q = 1 then 3" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layerwise_ntk_equals_the_sum_over_parameters_of_gradient_products(string name)
    {
        bool plane = name.StartsWith("2-D", StringComparison.Ordinal);
        var grid = plane ? ImageShape.Grid(2, 3) : ImageShape.Line(4);
        var net = new HandBuiltNetworks(2, grid);
        int x = net.Conv(0, 3, plane && name.Contains("q = 1", StringComparison.Ordinal) ? 1 : 3, w: 1, b: 0.2);
        int g = net.Relu(net.Conv(x, 3, 3, w: 2));
        int branch = net.Scale(net.Conv(g, 3, 3, w: 1, b: 0.1), 0.7);
        int sum = net.Sum(branch, x);
        int top = net.Conv(net.Relu(sum), 3, 3, w: 2, trained: false);
        var kind = name.Contains("gap", StringComparison.Ordinal) ? HeadKind.Average : name.Contains("flatten", StringComparison.Ordinal) ? HeadKind.Flatten : HeadKind.Pixel;
        net.Readout(net.Head(top, kind, pixel: 1));

        var images = plane
            ? AngleImages.Points(grid, [0.3, 1.1, 2.0, -0.7, 0.4, 2.5], [0.5, 0.2, 2.9, -1.5, 1.0, -2.0])
            : AngleImages.Points(grid, AngleImages.X1, AngleImages.Z1);
        var signal = HandBuiltNetworks.Signal(images);
        const ulong seed = 5;
        var kernels = NetworkPass.Run(net.Nodes, seed, 2, signal, ntk: true);
        var byDifferences = new double[2, 2];
        foreach (var shift in net.Parameters())
        {
            const double h = 1e-5;
            var plus = NetworkPass.Run(net.Nodes, seed, 2, signal, false, shift with { Delta = h }).Outputs.ToArray();
            var minus = NetworkPass.Run(net.Nodes, seed, 2, signal, false, shift with { Delta = -h }).Outputs.ToArray();
            var gradient = plus.Zip(minus, (p, m) => (p - m) / (2 * h)).ToArray();
            for (int a = 0; a < 2; a++)
                for (int b = 0; b < 2; b++) byDifferences[a, b] += gradient[a] * gradient[b];
        }
        Assert.True(byDifferences[0, 0] > 1e-2 && byDifferences[1, 1] > 1e-2 && byDifferences[0, 1] != 0, $"the check must not be vacuous: {byDifferences[0, 0]}, {byDifferences[0, 1]}, {byDifferences[1, 1]}");
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 2; b++)
                Assert.True(Tolerance.Close(kernels.Ntk(a, b), byDifferences[a, b], 1e-6, 1e-9),
                    $"{name}: Θ̂[{a},{b}] = {kernels.Ntk(a, b)} layer-wise, {byDifferences[a, b]} by differences");
    }
}
