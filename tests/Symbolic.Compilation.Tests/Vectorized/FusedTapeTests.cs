using FsCheck.Xunit;
using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests.Vectorized;

/// <summary>The fused tape opcodes (TapeFuser): each recurring run becomes one instruction, and the values stay
/// bitwise those of the unfused tape, at both widths, with and without exact functions, on special values too.</summary>
public sealed class FusedTapeTests
{
    private static readonly Symbol t = Symbol.Of("t");
    private static readonly Symbol x = ExprArbitrary.Symbols[0], y = ExprArbitrary.Symbols[1], s = ExprArbitrary.Symbols[2];

    // Kernel cosines, acos's branch points, and the values SmallPower's x² guard redoes with Math.Pow.
    private static readonly double[] s_points =
    [
        .. Enumerable.Range(0, 41).Select(i => -1 + i / 20.0), Math.BitDecrement(1.0), Math.BitIncrement(1.0), -1.5, 2.5,
        0.0, -0.0, 1e-250, -1e-250, 1e-150, double.Epsilon, 1e250, -1e250, double.NaN, double.PositiveInfinity,
        double.NegativeInfinity, 1 - 1e-12, -(1 - 1e-12), 0.999999999999, 0.5000000000001,
        // NaNs of both signs with payloads: where two meet in a sum or product, x86 keeps the first operand's, and the
        // JIT may swap the operands; the function returns every NaN as the default NaN (DefaultNaN.Copy), so the order cannot show.
        BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0000), BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_1234),
        BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_4321)),
    ];

    private static readonly VectorWidth[] s_widths = [VectorWidth.Vector256, VectorWidth.Vector512];

    private static double[] Run(Expr e, Symbol variable, double[] points, VectorizedOptions options)
    {
        var result = new double[points.Length];
        e.Vectorize(variable, options).Evaluate(points, result);
        return result;
    }

    private static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    // Fused tapes, with and without compiled loops, and the unfused tape in compiled loops agree bit for bit (NaN
    // payloads and signs included) with the unfused tape run one sweep per instruction, in every mode and width.
    private static bool FusedEqualsUnfused(Expr e, Symbol variable, double[] points)
    {
        foreach (var width in s_widths)
            foreach (bool exact in (bool[])[false, true])
            {
                var options = new VectorizedOptions { Width = width, ExactFunctions = exact, ChunkSize = 16 };
                var unfused = Run(e, variable, points, options with { FuseInstructions = false, CompileLoopsAfter = null });
                VectorizedOptions[] variants =
                [
                    options with { CompileLoopsAfter = 0 }, options with { CompileLoopsAfter = null },
                    options with { FuseInstructions = false, CompileLoopsAfter = 0 },
                ];
                foreach (var variant in variants)
                    if (!Run(e, variable, points, variant).Zip(unfused).All(pair => SameBits(pair.First, pair.Second))) return false;
            }
        return true;
    }

    private static int Instructions(Expr e, bool fuse) =>
        e.Vectorize(t, new VectorizedOptions { FuseInstructions = fuse }).InstructionCount;

    public static TheoryData<string, Expr, int> Patterns() => new()
    {
        // acos, ·(1/π), 1 − (·) → AcosAffine.
        { "kappa0", FcReluNtk.Kappa0(t), 1 },
        // t², 1 − (·), √, (1/π)·(·) → ScaledSqrtAffineSquare.
        { "sqrt(1 - t^2)/pi", Fn.Sqrt(1 - t.Pow(2)) / Constant.Pi, 1 },
        // acos, ·(1/π), then a sum, max(−1, ·), min(1, ·) → ClampedSum, with the product acos·(1/π) inside it →
        // ClampedProductSum.
        { "clamp", Fn.Min(1, Fn.Max(-1, t / 2 + FcReluNtk.Kappa0(t))), 2 },
        // The same with a zero bound, which keeps the zero-aware max and min.
        { "clamp at 0", Fn.Min(Number.Of(1, 2), Fn.Max(0, t / 2 - FcReluNtk.Kappa0(t))), 2 },
        // exp, t·eᵗ, sin, the sum → ProductSum: the product's one reader is the sum.
        { "t*exp(t) + sin(t)", t * Fn.Exp(t) + Fn.Sin(t), 3 },
        // A product read by two sums is recomputed in each: exp, sin, cos, two ProductSums, the outer product.
        { "shared product", (t * Fn.Exp(t) + Fn.Sin(t)) * (t * Fn.Exp(t) - Fn.Cos(t)), 6 },
        // Two product terms and a coefficient in one sum (Θ·κ₀ + Σ·κ₀ + κ₁′'s shape): exp, sin, cos, √, ProductSum.
        { "two products", 3 + t * Fn.Exp(t) - 2 * Fn.Sin(t) * Fn.Cos(t) + Fn.Sqrt(t), 5 },
        // Four terms, the most one ProductSum takes: exp, sin, cos, √, ln, ProductSum.
        { "four terms", t * Fn.Exp(t) + Fn.Sin(t) * Fn.Cos(t) - Fn.Sqrt(t) + Fn.Log(t), 6 },
        // sign, |·|, c₀ + (·), H, product → SignedStep.
        { "snap", Fn.Sign(t) * Fn.Heaviside(Fn.Abs(t) - Number.Of(Rational.FromDouble(1 - 1e-12))), 1 },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_pattern_runs_as_one_instruction_with_the_unfused_values(string name, Expr e, int fusedInstructions)
    {
        Assert.True(Instructions(e, fuse: false) > fusedInstructions, name);
        Assert.Equal(fusedInstructions, Instructions(e, fuse: true));
        Assert.True(FusedEqualsUnfused(e, t, s_points), name);
    }

    // The FC ReLU NTK in the form the kernel layer derives (fc-resnet.md §1.3): κ₀(u) = 1 − acos(u)/π,
    // κ₁(u) = u·κ₀(u) + √(1 − u²)/π, each new Σ clamped to [−1, 1] before the next layer reads it.
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

    // Products that do not only feed sums of at most four terms stay products: read by exp, read by three sums, a
    // non-unit coefficient, three factors, feeding a five-term sum.
    public static TheoryData<string, Expr> Unfused() => new()
    {
        { "exp reader", Fn.Exp(t * Fn.Sin(t)) + t * Fn.Sin(t) },
        { "three sums", (t * Fn.Sin(t) + 1) * (t * Fn.Sin(t) + 2) * (t * Fn.Sin(t) + 3) },
        { "three factors", t * Fn.Sin(t) * Fn.Cos(t) + 1 },
        { "five terms", t * Fn.Sin(t) + Fn.Cos(t) + Fn.Exp(t) + Fn.Sqrt(t) + Fn.Log(t) },
    };

    [Theory]
    [MemberData(nameof(Unfused))]
    public void Other_products_keep_their_own_sweep(string name, Expr e)
    {
        var tape = e.Vectorize(t, new VectorizedOptions());
        Assert.Equal(Instructions(e, fuse: false), tape.InstructionCount);
        Assert.True(FusedEqualsUnfused(e, t, s_points), name);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(10, 37)]
    [InlineData(100, 397)]
    public void Fc_relu_ntk_fuses_to_four_sweeps_per_layer_with_unchanged_values(int layers, int fusedInstructions)
    {
        // The fixture's unclamped form shares acos between κ₀ and κ₁ (u·(π − acos u)), so little of it fuses; its
        // values must not change either.
        foreach (var theta in (Expr[])[DerivedFcNtk(layers), FcReluNtk.Build(t, layers).Theta])
            Assert.True(FusedEqualsUnfused(theta, t, s_points));
        Assert.Equal(13 * (layers - 1) - 4, Instructions(DerivedFcNtk(layers), fuse: false));   // less at the two ends
        // The derived form: 13 sweeps per layer unfused, 4 fused — κ₀, √(1 − Σ²)/π, Θ's sum with Θ·κ₀ and Σ·κ₀ inside,
        // Σ's clamped sum with Σ·κ₀ inside (the first layer's clamp is scheduled apart from its sum and stays unfused;
        // the last layer has no clamp).
        Assert.Equal(fusedInstructions, Instructions(DerivedFcNtk(layers), fuse: true));
    }

    // The patterns wrapped around random expressions (x, y bound to the sample's values, leaving a function of t):
    // whether or not the canonical form still fuses, the values must not change.
    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 150, Replay = "(1234,5679)")]
    public bool Fusion_never_changes_a_value(Expr e, SamplePoint p)
    {
        var u = Substituter.Substitute(e, new Dictionary<Expr, Expr>
        {
            [x] = Number.Of(Rational.FromDouble(p.Bindings[x])),
            [y] = Number.Of(Rational.FromDouble(p.Bindings[y])),
        });
        Expr[] wrapped =
        [
            FcReluNtk.Kappa0(u), FcReluNtk.Kappa1(u), Fn.Min(1, Fn.Max(-1, u / 3 + s)),
            Fn.Sign(u) * Fn.Heaviside(Fn.Abs(u) - Number.Of(1, 2)), FcReluNtk.Kappa1(Fn.Min(1, Fn.Max(-1, u))) * FcReluNtk.Kappa0(u),
            u * s + s * Fn.Acos(s) - 3 * u, Fn.Min(1, Fn.Max(-1, u * Fn.Sin(s) + s)) + u * Fn.Sin(s),
        ];
        double[] points = [.. s_points, p.Bindings[s]];
        return wrapped.All(w => FusedEqualsUnfused(w, s, points));
    }
}
