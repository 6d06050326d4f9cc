using FsCheck.Xunit;
using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests.Vectorized;

/// <summary>The compiled loops (VectorizedOptions.CompileLoopsAfter): runs of the tape in one pass each, bitwise the
/// values of one sweep per instruction, including where a vector stops the loop and the sweeps finish the chunk.</summary>
public sealed class CompiledLoopTests
{
    private static readonly Symbol t = Symbol.Of("t");
    private static readonly Symbol x = ExprArbitrary.Symbols[0], y = ExprArbitrary.Symbols[1], s = ExprArbitrary.Symbols[2];

    private static readonly VectorWidth[] s_widths = [VectorWidth.Vector256, VectorWidth.Vector512];

    private static double[] Run(Expr e, Symbol variable, double[] points, VectorizedOptions options, int threads = 1)
    {
        var result = new double[points.Length];
        e.Vectorize(variable, options).Evaluate(points, result, threads);
        return result;
    }

    private static bool SameBits(double[] a, double[] b) =>
        a.Zip(b).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second));

    // Compiled loops equal the sweeps bit for bit at both widths, in both modes, fused or not.
    private static bool CompiledEqualsSweeps(Expr e, Symbol variable, double[] points, int chunkSize)
    {
        foreach (var width in s_widths)
            foreach (bool exact in (bool[])[false, true])
                foreach (bool fuse in (bool[])[false, true])
                {
                    var options = new VectorizedOptions { Width = width, ExactFunctions = exact, FuseInstructions = fuse, ChunkSize = chunkSize };
                    var sweeps = Run(e, variable, points, options with { CompileLoopsAfter = null });
                    if (!SameBits(Run(e, variable, points, options with { CompileLoopsAfter = 0 }), sweeps)) return false;
                }
        return true;
    }

    // The FC ReLU NTK as the kernel layer derives it (fc-resnet.md §1.3), each Σ clamped to [−1, 1].
    private static Expr DerivedFcNtk(int layers)
    {
        Expr sigma = t, theta = t;
        for (int l = 2; l <= layers; l++)
        {
            var kappa0 = FcReluNtk.Kappa0(sigma);
            var kappa1 = sigma * kappa0 + Fn.Sqrt(1 - sigma.Pow(2)) / Constant.Pi;
            theta = theta * kappa0 + kappa1;
            sigma = Fn.Min(1, Fn.Max(-1, kappa1));
        }
        return theta;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(100)]
    public void Fc_relu_ntk_runs_one_compiled_loop_per_layer_with_the_sweeps_values(int layers)
    {
        var theta = DerivedFcNtk(layers);
        var compiled = theta.Vectorize(t, new VectorizedOptions { CompileLoopsAfter = 0 });
        // κ₀, √(1 − Σ²)/π and the two sums of a layer in one loop, the cuts between layers.
        Assert.Equal(layers - 1, compiled.LoopCount);
        double[] points = [.. Enumerable.Range(0, 1001).Select(i => -1 + i / 500.0), 0, -0.0, 1.5, double.NaN, 1e-250];
        if (layers <= 10) Assert.True(CompiledEqualsSweeps(theta, t, points, 512));
        else Assert.True(SameBits(Run(theta, t, points, new VectorizedOptions { CompileLoopsAfter = 0 }),
            Run(theta, t, points, new VectorizedOptions { CompileLoopsAfter = null })));
    }

    [Fact]
    public void A_vector_the_loop_cannot_take_stops_it_and_the_sweeps_finish_the_chunk()
    {
        // √(1 − u²) with u = 2t: x² is redone by Math.Pow where |u| ∉ (2⁻²⁰⁰, 2²⁰⁰), so the loop stops at the vector
        // holding such a lane; the runs before and after it are compiled too.
        var u = 2 * t;
        var e = Fn.Exp(Fn.Sqrt(1 - u.Pow(2)) / Constant.Pi + Fn.Acos(u)) * u + u.Pow(Number.Of(3, 2));
        var points = Enumerable.Range(0, 300).Select(i => Math.Sin(i) / 2).ToArray();
        foreach (int at in (int[])[0, 37, 64, 131, 299])
        {
            var special = (double[])points.Clone();
            special[at] = at % 2 == 0 ? 1e-250 : double.NaN;
            special[(at + 101) % special.Length] = 0;
            Assert.True(CompiledEqualsSweeps(e, t, special, 64), $"special lane at {at}");
        }
        Assert.True(e.Vectorize(t, new VectorizedOptions { CompileLoopsAfter = 0 }).LoopCount > 0);
    }

    [Fact]
    public void Loops_are_compiled_once_the_function_has_evaluated_enough_points()
    {
        var e = DerivedFcNtk(5);
        var lazy = e.Vectorize(t, new VectorizedOptions { CompileLoopsAfter = 1000 });
        var values = new double[600];
        lazy.Evaluate(new double[600], values);
        Assert.Equal(0, lazy.LoopCount);
        lazy.Evaluate(new double[600], values);
        Assert.Equal(4, lazy.LoopCount);
        var never = e.Vectorize(t, new VectorizedOptions { CompileLoopsAfter = null });
        never.Evaluate(new double[100_000], new double[100_000], threads: 2);
        Assert.Equal(0, never.LoopCount);
    }

    [Fact]
    public void Threads_and_chunking_do_not_change_compiled_values()
    {
        var e = DerivedFcNtk(20);
        var points = Enumerable.Range(0, 5000).Select(i => Math.Cos(i * 0.37)).ToArray();
        var reference = Run(e, t, points, new VectorizedOptions { CompileLoopsAfter = null });
        Assert.True(SameBits(Run(e, t, points, new VectorizedOptions { CompileLoopsAfter = 0, ChunkSize = 64 }, threads: 2), reference));
        Assert.True(SameBits(Run(e, t, points, new VectorizedOptions { CompileLoopsAfter = 0, ChunkSize = 8 }), reference));
    }

    // Random expressions (x, y bound to the sample's values, leaving a function of s) and kernel shapes around them.
    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 100, Replay = "(8642,9753)")]
    public bool Compiled_loops_never_change_a_value(Expr e, SamplePoint p)
    {
        var u = Substituter.Substitute(e, new Dictionary<Expr, Expr>
        {
            [x] = Number.Of(Rational.FromDouble(p.Bindings[x])),
            [y] = Number.Of(Rational.FromDouble(p.Bindings[y])),
        });
        Expr[] wrapped = [u, FcReluNtk.Kappa1(Fn.Min(1, Fn.Max(-1, u))) * FcReluNtk.Kappa0(u) + u * s, Fn.Exp(u) * Fn.Sin(s) - u.Pow(Number.Of(5, 2))];
        double[] points =
        [
            .. Enumerable.Range(0, 40).Select(i => -1 + i / 20.0), p.Bindings[s], 0, -0.0, 1e-250, 1e250, double.NaN,
            double.PositiveInfinity, double.NegativeInfinity, 1 - 1e-12, Math.BitIncrement(1.0),
        ];
        return wrapped.All(w => CompiledEqualsSweeps(w, s, points, 16));
    }
}
