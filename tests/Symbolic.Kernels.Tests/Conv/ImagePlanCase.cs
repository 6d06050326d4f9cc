using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using ConvLayer = Symbolic.Kernels.Layers.Conv;
using ParallelLayer = Symbolic.Kernels.Layers.Parallel;
using ScaleLayer = Symbolic.Kernels.Layers.Scale;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>
/// A random image architecture on a random shape with raw (non-unit) pixels, for comparing the compiled Gram path with the
/// layer-by-layer single-pair path: the batch size is small so that batches split and tails are short.
/// </summary>
public sealed record ImagePlanCase(Layer Architecture, ImageShape Shape, int Channels, int BatchPairs, double[] Rows, double[] Columns)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Architecture.Spec} on {Shape}, C0 = {Channels}, batch {BatchPairs}";

    /// <summary>FsCheck generators: architectures built from every image layer (conv with q ∈ {1, 3, 5}, dense, scale, relu,
    /// erf, step, residual, fanout/parallel/faninsum, repeat, the three heads, layers after the head).</summary>
    public static class Arbitraries
    {
        private static readonly Gen<Expr> s_weight = Gen.Elements<Expr>(Number.One, Number.Half, Number.Of(2), Number.Of(3, 2));
        private static readonly Gen<Expr> s_bias = Gen.Elements<Expr>(Number.Zero, Number.Zero, Number.Of(1, 10));

        private static readonly Gen<Layer> s_linear =
            from q in Gen.Elements(1, 1, 3, 3, 5)
            from w in s_weight
            from b in s_bias
            from trained in Gen.Elements(true, true, false)
            select q == 1 && trained ? (Layer)new Dense(w, b, trained) : new ConvLayer(q, w, b, trained);

        private static readonly Gen<Layer> s_activation =
            Gen.Elements<Activation>(Relu.Instance, Relu.Instance, Erf.Instance, Step.Instance).Select(a => (Layer)new Nonlinearity(a));

        private static Gen<Layer> Block(int depth)
        {
            var leaf = Gen.OneOf(s_linear, s_activation, Gen.Elements(Number.Half, Number.Of(2)).Select(c => (Layer)new ScaleLayer(c)));
            if (depth == 0) return leaf;
            var inner = Block(depth - 1);
            var branch = from a in inner from act in s_activation from end in s_linear select (Layer)new Serial([a, act, end]);
            var residual = from b in branch from alpha in Gen.Elements(Number.Half, Number.One) select (Layer)new Residual(b, alpha);
            var fork = from a in branch
                       from b in s_linear
                       select (Layer)new Serial([new FanOut(2), new ParallelLayer([a, b]), FanInSum.Instance]);
            var repeat = from a in inner select (Layer)new Repeat(a, 2);
            return Gen.OneOf(leaf, residual, fork, repeat);
        }

        private static readonly Gen<Layer> s_architecture =
            from embedding in s_linear
            from count in Gen.Choose(1, 3)
            from body in Gen.ArrayOf(Block(2), count)
            from head in Gen.Choose(0, 3)
            from pixel in Gen.Choose(0, 1)
            from readout in s_linear
            from after in Gen.Elements(true, false)
            select (Layer)new Serial([embedding, .. body,
                head switch { 0 => new EqHead(pixel), 1 => GlobalAveragePooling.Instance, _ => Flatten.Instance },
                .. after && head != 1 ? [new Nonlinearity(Relu.Instance)] : Array.Empty<Layer>(), readout]);

        private static readonly Gen<ImageShape> s_shape = Gen.Elements(ImageShape.Line(3), ImageShape.Line(5), ImageShape.Grid(2, 3));

        private static Gen<double[]> Images(ImageShape shape, int channels, int count) =>
            Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => i / 500.0), shape.Pixels * channels * count);

        /// <summary>Random cases (3 rows × 4 columns of images).</summary>
        public static Arbitrary<ImagePlanCase> Cases() =>
            (from architecture in s_architecture
             from shape in s_shape
             from channels in Gen.Choose(1, 3)
             from batch in Gen.Choose(1, 7)
             from rows in Images(shape, channels, 3)
             from columns in Images(shape, channels, 4)
             select new ImagePlanCase(architecture, shape, channels, batch, rows, columns)).ToArbitrary();
    }
}
