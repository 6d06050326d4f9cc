using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;
using static Symbolic.Kernels.Tests.Conv.ConvFixture;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>Reductions and storage invariants of the image kernels (conv-dense.md §2.2 "Collinear reduction", §1.2).</summary>
public sealed class ConvReductionTests
{
    private static readonly Random s_random = new(20240611);

    /// <summary>The FC ResNet with every layer trained, from plain layers: dense → residual(dense → relu → dense, α)×L → dense.</summary>
    private static Layer FcResNet(int blocks, Expr alpha) =>
        Stax.Serial(Stax.Dense(), Stax.Repeat(Stax.Residual(Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense()), alpha), blocks), Stax.Dense());

    /// <summary>The plain FC net of the CNN baseline: dense → (dense → relu)×L → dense, all trained.</summary>
    private static Layer FcPlain(int layers) =>
        Stax.Serial(Stax.Dense(), Stax.Repeat(Stax.Serial(Stax.Dense(), Stax.Relu()), layers), Stax.Dense());

    /// <summary>Every pixel of x equal to u = (1, 0, 0), of z to w = (cos 1, sin 1, 0): C0 = 3, d = 5.</summary>
    private static (double[] X, double[] Z) Collinear()
    {
        var x = Enumerable.Repeat(new[] { 1.0, 0, 0 }, 5).SelectMany(p => p).ToArray();
        var z = Enumerable.Repeat(new[] { Math.Cos(1), Math.Sin(1), 0 }, 5).SelectMany(p => p).ToArray();
        return (x, z);
    }

    /// <summary>§5.2 ResNet (GP, NTK, NTK(x,x)) at t = cos 1, α = 1: the d = 1 case of the canonical ResCNN.</summary>
    [Theory]
    [InlineData(1, 1.17646957965172, 3.08957664006826, 6)]
    [InlineData(2, 2.51503457972959, 7.92995685743692, 16)]
    [InlineData(3, 5.30696925714194, 19.195137932406, 40)]
    public void Collinear_pixels_give_the_fc_resnet_for_every_head(int blocks, double gp, double ntk, double ntkDiagonal)
    {
        var (x, z) = Collinear();
        var fc = NumericKernel.Evaluate(FcResNet(blocks, Number.One), Math.Cos(1));
        Close(gp, fc.Nngp, 1e-12, "plain-layer FC ResNet GP vs §5.2");
        Close(ntk, fc.Ntk, 1e-12, "plain-layer FC ResNet NTK vs §5.2");
        foreach (var head in (ConvHead[])[ConvHead.Eq, ConvHead.Gap, ConvHead.Vec])
        {
            var v = ImageKernelEvaluator.Create(new ResCnn(blocks, Number.One, 3, 3, 3, head), ImageShape.Line(5), 3).Evaluate(x, z);
            Close(fc.Nngp, v.Nngp, 1e-12, $"{head} GP");
            Close(fc.Ntk, v.Ntk, 1e-12, $"{head} NTK");
            Close(ntkDiagonal, v.NtkXX, 1e-13, $"{head} NTK(x,x)");
        }
    }

    [Theory, InlineData(1), InlineData(3)]
    public void Collinear_pixels_give_the_fc_net_for_the_plain_cnn(int layers)
    {
        var (x, z) = Collinear();
        var fc = NumericKernel.Evaluate(FcPlain(layers), Math.Cos(1));
        foreach (var head in (ConvHead[])[ConvHead.Eq, ConvHead.Gap, ConvHead.Vec])
        {
            var v = ImageKernelEvaluator.Create(new Cnn(layers, 3, 1, head), ImageShape.Line(5), 3).Evaluate(x, z);
            Close(fc.Nngp, v.Nngp, 1e-12, $"{head} GP");
            Close(fc.Ntk, v.Ntk, 1e-12, $"{head} NTK");
        }
    }

    [Theory, InlineData(ConvHead.Eq, 1), InlineData(ConvHead.Gap, 3), InlineData(ConvHead.Vec, 3)]
    public void A_one_pixel_high_grid_with_q_by_q_filters_equals_the_line_with_q(ConvHead head, int qv)
    {
        var arch = new ResCnn(2, Number.Of(1, 2), 3, 3, qv, head);
        var line = ImageKernelEvaluator.Create(arch, ImageShape.Line(4), 2).Evaluate(X1, Z1);
        var grid = ImageKernelEvaluator.Create(arch, ImageShape.Grid(1, 4), 2).Evaluate(X1, Z1);
        Close(line.Nngp, grid.Nngp, 1e-13, "GP");
        Close(line.Ntk, grid.Ntk, 1e-13, "NTK");
        Close(line.NtkXX, grid.NtkXX, 1e-13, "NTK(x,x)");
    }

    [Theory, InlineData(ConvHead.Gap), InlineData(ConvHead.Vec)]
    public void Transposing_a_grid_image_leaves_the_pooled_kernels_unchanged(ConvHead head)
    {
        var (x, z) = (RandomPixels(12, 3), RandomPixels(12, 3));
        var arch = new ResCnn(2, Number.One, 3, 1, 3, head);
        var wide = ImageKernelEvaluator.Create(arch, ImageShape.Grid(3, 4), 3).Evaluate(x, z);
        var tall = ImageKernelEvaluator.Create(arch, ImageShape.Grid(4, 3), 3).Evaluate(Transpose(x, 3, 4, 3), Transpose(z, 3, 4, 3));
        Close(wide.Nngp, tall.Nngp, 1e-13, "GP");
        Close(wide.Ntk, tall.Ntk, 1e-13, "NTK");
        var line = ImageKernelEvaluator.Create(arch, ImageShape.Line(12), 3).Evaluate(x, z);
        Assert.True(Math.Abs(line.Ntk - wide.Ntk) > 1e-6, "a 3×4 grid must differ from a 12-pixel line (2-D neighbourhoods)");
    }

    [Theory, InlineData(ConvHead.Eq), InlineData(ConvHead.Vec)]
    public void Diagonal_storage_equals_full_storage(ConvHead head)
    {
        foreach (Layer arch in (Layer[])[new ResCnn(3, Number.Of(1, 2), 3, 3, 3, head), new Cnn(2, 5, 1, head)])
        {
            var diagonal = ImageKernelEvaluator.Create(arch, ImageShape.Line(6), 2);
            var full = ImageKernelEvaluator.Create(arch, ImageShape.Line(6), 2, fullTensor: true);
            Assert.False(diagonal.FullTensor);
            Assert.True(full.FullTensor);
            var (x, z) = (RandomPixels(6, 2), RandomPixels(6, 2));
            var a = diagonal.Evaluate(x, z);
            var b = full.Evaluate(x, z);
            Assert.Equal(a.Nngp, b.Nngp, 15);
            Assert.Equal(a.Ntk, b.Ntk, 14);
            Assert.Equal(a.NtkXX, b.NtkXX, 14);
        }
    }

    [Theory, InlineData(ConvHead.Eq, 5), InlineData(ConvHead.Gap, 7)]
    public void The_batched_gram_tile_equals_the_single_pair_path(ConvHead head, int batchPairs)
    {
        var arch = new ResCnn(2, Number.Of(1, 2), 3, 1, 1, head);
        var shape = ImageShape.Line(5);
        var evaluator = ImageKernelEvaluator.Create(arch, shape, 2, batchPairs: batchPairs);
        var rows = ImagePoints.Create(shape, 2, [.. Enumerable.Range(0, 6).SelectMany(_ => RandomPixels(5, 2))]);
        var columns = ImagePoints.Create(shape, 2, [.. Enumerable.Range(0, 5).SelectMany(_ => RandomPixels(5, 2))]);
        var (rowDiagonal, columnDiagonal) = (evaluator.Diagonal(rows, KernelKind.Ntk), evaluator.Diagonal(columns, KernelKind.Ntk));
        var raw = new double[4 * 3];
        var normalized = new double[4 * 3];
        var nngp = new double[4 * 3];
        evaluator.Gram(rows, 1, 4, columns, 2, 3, KernelKind.Ntk, raw);
        evaluator.Gram(rows, 1, 4, columns, 2, 3, KernelKind.Ntk, normalized, rowDiagonal, columnDiagonal);
        evaluator.Gram(rows, 1, 4, columns, 2, 3, KernelKind.Nngp, nngp);
        for (int r = 0; r < 4; r++)
            for (int c = 0; c < 3; c++)
            {
                var v = evaluator.Evaluate(rows.Point(1 + r), columns.Point(2 + c));
                Assert.Equal(v.Ntk, raw[r * 3 + c], 14);
                Assert.Equal(v.NormalizedNtk, normalized[r * 3 + c], 14);
                Assert.Equal(v.Nngp, nngp[r * 3 + c], 14);
                Assert.Equal(v.NtkXX, rowDiagonal[1 + r], 14);
            }
    }

    [Fact]
    public void Nngp_only_evaluators_match_and_refuse_the_ntk()
    {
        var arch = new ResCnn(2, Number.One, 3, 1, 1, ConvHead.Gap);
        var both = ImageKernelEvaluator.Create(arch, ImageShape.Line(4), 2);
        var gp = ImageKernelEvaluator.Create(arch, ImageShape.Line(4), 2, KernelKind.Nngp);
        Assert.False(gp.TracksNtk);
        Assert.Equal(both.Evaluate(X1, Z1).Nngp, gp.Evaluate(X1, Z1).Nngp, 15);
        Assert.True(double.IsNaN(gp.Evaluate(X1, Z1).Ntk));
        var points = ImagePoints.Create(ImageShape.Line(4), 2, X1);
        Assert.Throws<InvalidOperationException>(() => gp.Gram(points, 0, 1, points, 0, 1, KernelKind.Ntk, new double[1]));
    }

    [Fact]
    public void Pixel_normalisation_projects_to_the_multi_sphere_and_refuses_zero_pixels()
    {
        var points = ImagePoints.Create(ImageShape.Line(2), 2, [3, 4, 0, 2, 1, 0, 0, 0]);
        Assert.False(points.TryNormalizePixels(out _, out var error));
        Assert.Equal("image 1, pixel 1 is zero: it has no direction to normalise", error);
        Assert.True(ImagePoints.Create(ImageShape.Line(2), 2, [3, 4, 0, 2]).TryNormalizePixels(out var unit, out _));
        Assert.Equal([0.6, 0.8, 0, 1], unit!.Point(0).ToArray());
        Assert.False(ImagePoints.TryCreate(ImageShape.Line(3), 2, [1, 2, 3, 4, 5], out _, out var shapeError));
        Assert.Contains("has 6 values, but the data has 5", shapeError);
    }

    private static double[] RandomPixels(int pixels, int channels)
    {
        var data = new double[pixels * channels];
        for (int i = 0; i < pixels; i++)
        {
            double norm = 0;
            for (int c = 0; c < channels; c++) norm += Math.Pow(data[i * channels + c] = s_random.NextDouble() * 2 - 1, 2);
            for (int c = 0; c < channels; c++) data[i * channels + c] /= Math.Sqrt(norm);
        }
        return data;
    }

    private static double[] Transpose(double[] image, int height, int width, int channels)
    {
        var result = new double[image.Length];
        for (int r = 0; r < height; r++)
            for (int c = 0; c < width; c++)
                Array.Copy(image, (r * width + c) * channels, result, (c * height + r) * channels, channels);
        return result;
    }
}
