using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Rewriting;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Presets;
using Symbolic.Text.Printing;
using Xunit.Abstractions;
using static Symbolic.Kernels.Tests.Conv.ConvFixture;

namespace Symbolic.Kernels.Tests.Conv;

/// <summary>A symbolic-vs-numeric case: an Eq/vec architecture on d = 4, C0 = 2 and the pixel angles of x and z.</summary>
public sealed record SymbolicCase(int Architecture, double[] X, double[] Z)
{
    /// <summary>The architectures sampled (Eq and vec heads only: the symbolic path keeps diagonals).</summary>
    public static Layer[] Architectures { get; } =
    [
        new ResCnn(1, Number.One), new ResCnn(2, Number.Of(1, 2), 3, 1, 3), new ResCnn(3, Number.One, 3, 3, 1, ConvHead.Vec),
        new ResCnn(2, Number.One, 3, 1, 1, ConvHead.Eq, TrainAll: false), new ResCnn(2, Number.One, 3, 1, 1, ConvHead.Eq, Skip: false),
        new Cnn(2), new Cnn(3, 3, 3, ConvHead.Vec, TrainAll: false),
    ];

    /// <inheritdoc/>
    public override string ToString() => $"{Architectures[Architecture].Spec} at x = [{string.Join(", ", X)}], z = [{string.Join(", ", Z)}]";
}

/// <summary>The symbolic Eq path (t_m = ⟨x_m, z_m⟩) against the numeric evaluator and the L = 1 closed forms of §2.2–2.3.</summary>
public sealed class ConvSymbolicTests(ITestOutputHelper output)
{
    private static readonly Dictionary<int, ImageKernelDerivation> s_derivations = [];

    /// <summary>FsCheck generators.</summary>
    public static class Arbitraries
    {
        private static readonly Gen<double[]> s_angles = Gen.ArrayOf(Gen.Choose(-3141, 3141).Select(i => i / 1000.0), 4);

        /// <summary>Random cases over <see cref="SymbolicCase.Architectures"/>.</summary>
        public static Arbitrary<SymbolicCase> Cases() =>
            (from a in Gen.Choose(0, SymbolicCase.Architectures.Length - 1)
             from x in s_angles
             from z in s_angles
             select new SymbolicCase(a, x, z)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100, Replay = "(1234,5679)")]
    public bool Symbolic_Eq_equals_numeric_Eq(SymbolicCase c)
    {
        var architecture = SymbolicCase.Architectures[c.Architecture];
        ImageKernelDerivation derivation;
        lock (s_derivations)
            if (!s_derivations.TryGetValue(c.Architecture, out derivation!))
                s_derivations[c.Architecture] = derivation = ImageKernelDerivation.Derive(architecture, ImageShape.Line(4));
        var bindings = derivation.Variables.Select((t, m) => (t, Math.Cos(c.X[m] - c.Z[m]))).ToDictionary(p => p.t, p => p.Item2);
        var numeric = Evaluate(architecture, Pixels(c.X), Pixels(c.Z));
        return Near(Evaluator.Evaluate(derivation.Final.Nngp, bindings), numeric.Nngp)
               && Near(Evaluator.Evaluate(derivation.Final.Ntk, bindings), numeric.Ntk)
               && Near(Evaluator.Evaluate(derivation.Final.Var1, bindings), numeric.NngpXX)
               && Near(Evaluator.Evaluate(derivation.Final.NtkVar2, bindings), numeric.NtkZZ);
    }

    [Theory, InlineData(1, 1), InlineData(1, 2), InlineData(3, 2)]
    public void Depth_one_closed_forms_of_section_2_2_and_2_3(int p, int q)
    {
        var alpha = Number.Of(p, q);
        var a2 = alpha.Pow(2);
        var residual = ImageKernelDerivation.Derive(new ResCnn(1, alpha), ImageShape.Line(4));
        var plain = ImageKernelDerivation.Derive(new Cnn(1), ImageShape.Line(4));
        var t = residual.Variables;
        var mean = (t[3] + t[0] + t[1]) / 3;                      // pixel 0's window {3, 0, 1}
        var kappa0 = ArcCosine.Kappa0(mean);
        var kappa1 = ArcCosine.Kappa1(mean, kappa0);
        var resGp = (t[0] + a2 * kappa1) / (1 + a2);
        var resNtk = (t[0] + a2 * (kappa1 + mean * kappa0)) / (1 + 2 * a2);
        var gp = kappa1;
        var ntk = (kappa1 + 2 * mean * kappa0) / 3;
        var pairs = new (Expr Derived, Expr Reference, string Name)[]
        {
            (residual.Kernel(KernelKind.Nngp, true)!, resGp, "ResCGPK"), (residual.Kernel(KernelKind.Ntk, true)!, resNtk, "ResCNTK"),
            (plain.Kernel(KernelKind.Nngp, true)!, gp, "CGPK"), (plain.Kernel(KernelKind.Ntk, true)!, ntk, "CNTK"),
        };
        var random = new Random(7 * p + q);
        foreach (var (derived, reference, name) in pairs)
        {
            for (int sample = 0; sample < 20; sample++)
            {
                var at = t.ToDictionary(s => s, _ => random.NextDouble() * 2 - 1);
                Close(Evaluator.Evaluate(reference, at), Evaluator.Evaluate(derived, at), 1e-13, $"{name} at sample {sample}");
            }
            var simplified = Simplifier.Simplify(GaussianPair.WithoutGuards(derived)).Result;
            var difference = Simplifier.Simplify(simplified - reference).Result;
            output.WriteLine($"{name}: {TextPrinter.Print(simplified)}");
            output.WriteLine($"  LaTeX: {LatexPrinter.Print(simplified)}");
            output.WriteLine($"  simplify(derived − §2.3 form) = {TextPrinter.Print(difference)}");
            Assert.Same(Number.Zero, difference);   // the simplifier proves the §2.2/2.3 form
            Assert.Contains(@"\arccos", LatexPrinter.Print(derived));
        }
        Assert.Same(1 + a2, residual.Final.Var1);   // exact diagonal 1 + α²
    }

    [Fact]
    public void Section_5_1_depth_one_Eq_row_from_the_closed_form()
    {
        var d = ImageKernelDerivation.Derive(new ResCnn(1, Number.One), ImageShape.Line(4));
        var at = d.Variables.Select((s, m) => (s, Math.Cos(X1Angles[m] - Z1Angles[m]))).ToDictionary(p => p.s, p => p.Item2);
        Close(1.78054937074364, Evaluator.Evaluate(d.Final.Nngp, at), 1e-12, "ResCGPK raw");
        Close(4.75291623965533, Evaluator.Evaluate(d.Final.Ntk, at), 1e-12, "ResCNTK raw");
        Assert.Same(Number.Of(6), d.Final.NtkVar1);
    }

    [Fact]
    public void The_gap_head_has_no_diagonal_symbolic_form()
    {
        var e = Assert.Throws<ArchitectureException>(() => ImageKernelDerivation.Derive(new Cnn(1, 3, 1, ConvHead.Gap), ImageShape.Line(4)));
        Assert.Contains("gap needs all d² entries", e.Message);
    }

    private static readonly double[] X1Angles = [0.3, 1.1, 2.0, -0.7];
    private static readonly double[] Z1Angles = [0.5, 0.2, 2.9, -1.5];

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 1e-12 * Math.Max(1, Math.Abs(b));
}
