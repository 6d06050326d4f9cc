using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;
using Symbolic.Testing;
using static Symbolic.Kernels.Tests.Reference.IndependentRecursions;

namespace Symbolic.Kernels.Tests.DenseNets;

/// <summary>
/// The canonical FC models of conv-dense.md §3.2 against the §5.2 table (x = (1, 0, 0), z = (cos 1, sin 1, 0), so
/// t = cos 1; every layer trained; 15 digits), the §3.3 recursions and diagonals, and the numeric layer path.
/// </summary>
public sealed class DenseReferenceTests
{
    private static readonly double s_t = Math.Cos(1);

    /// <summary>§5.2: L, then (GP, NTK, NTK(x, x)) for the ResNet (α = 1), the MLP and the DenseNet.</summary>
    public static TheoryData<int, double, double, double, double, double, double, double, double, double> Table => new()
    {
        { 1, 1.17646957965172, 3.08957664006826, 6, 0.636167273783576, 1.3728047545484, 3, 0.588234789825858, 1.22670468314234, 2.5 },
        { 2, 2.51503457972959, 7.92995685743692, 16, 0.703302745811521, 1.69100993390774, 4, 0.615250693230218, 1.32720071924553, 17.0 / 6 },
        { 3, 5.30696925714194, 19.195137932406, 40, 0.752559389636952, 2.01792885860877, 5, 0.633523832783476, 1.40337810184806, 37.0 / 12 },
    };

    [Theory, MemberData(nameof(Table))]
    public void Section_5_2_table_is_reproduced(int layers, double resGp, double resNtk, double resDiagonal,
        double mlpGp, double mlpNtk, double mlpDiagonal, double denseGp, double denseNtk, double denseDiagonal)
    {
        Check(new ResNet(layers, Number.One, null, ResNetTraining.All), resGp, resNtk, resDiagonal, Math.Pow(2, layers));
        Check(new Mlp(layers), mlpGp, mlpNtk, mlpDiagonal, 1);
        Check(new DenseNet(layers), denseGp, denseNtk, denseDiagonal, 1);
    }

    private static void Check(Layer layer, double gp, double ntk, double ntkDiagonal, double gpDiagonal)
    {
        var v = KernelDerivation.Derive(layer).Evaluate(s_t);
        // The table prints 15 significant digits (some 14): 1e-13 relative covers the last printed digit.
        Assert.True(Tolerance.Close(v.Nngp, gp, 1e-13, 0), $"{layer.Spec} GP {v.Nngp:R} vs {gp:R}");
        Assert.True(Tolerance.Close(v.Ntk, ntk, 1e-13, 0), $"{layer.Spec} NTK {v.Ntk:R} vs {ntk:R}");
        Assert.True(Tolerance.Close(v.NtkDiagonal, ntkDiagonal, 1e-15, 0), $"{layer.Spec} NTK(x, x) {v.NtkDiagonal:R}");
        Assert.True(Tolerance.Close(v.NngpDiagonal, gpDiagonal, 1e-15, 0), $"{layer.Spec} GP(x, x) {v.NngpDiagonal:R}");
    }

    [Fact]
    public void Densenet_with_one_block_is_the_average_of_the_input_and_the_relu_kernel()
    {
        // §5.2: GP = (cos 1 + κ₁(cos 1))/2; and NTK = Q₁ + T₁ with T₁ = (t + κ₀(t)·2t)/2.
        var v = KernelDerivation.Derive(new DenseNet(1)).Evaluate(s_t);
        Assert.True(Tolerance.Close(v.Nngp, (s_t + Kappa1(s_t)) / 2, 1e-15, 0));
        Assert.True(Tolerance.Close(v.Ntk, (s_t + Kappa1(s_t)) / 2 + (s_t + 2 * s_t * Kappa0(s_t)) / 2, 1e-15, 0));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(5), InlineData(12), InlineData(40)]
    public void Densenet_diagonal_is_one_plus_the_harmonic_number_exactly(int layers)
    {
        var d = KernelDerivation.Derive(new DenseNet(layers));
        var harmonic = Enumerable.Range(1, layers + 1).Aggregate(Number.Zero as Expr, (h, k) => h + Number.Of(1, k));
        Assert.Same(Number.One + harmonic, d.NtkDiagonal);
        Assert.Same(Number.One, d.NngpDiagonal);
        Assert.True(Tolerance.Close(d.Evaluate(1).Ntk, 1 + CanonicalRecursions.Harmonic(layers + 1), 1e-14, 0));
        Assert.True(Tolerance.Close(d.Evaluate(1).NormalizedNtk, 1, 1e-14, 0));
    }

    [Theory]
    [InlineData(1), InlineData(3), InlineData(7)]
    public void Presets_match_the_independent_section_3_3_recursions(int layers)
    {
        var cases = new (Layer Layer, Func<double, (double, double)> Reference)[]
        {
            (new DenseNet(layers), t => CanonicalRecursions.DenseNet(layers, t)),
            (new Mlp(layers), t => CanonicalRecursions.Mlp(layers, t)),
            (new ResNet(layers, Number.Half, null, ResNetTraining.All), t => CanonicalRecursions.ResNet(layers, 0.5, t)),
        };
        foreach (var (layer, reference) in cases)
        {
            var d = KernelDerivation.Derive(layer);
            foreach (double t in (double[])[-1, -0.6, 0, 0.3, 0.9, 1])
            {
                var v = d.Evaluate(t);
                var (gp, ntk) = reference(t);
                Assert.True(Tolerance.Close(v.Nngp, gp, 1e-12, 1e-15), $"{layer.Spec} GP at {t}: {v.Nngp} vs {gp}");
                Assert.True(Tolerance.Close(v.Ntk, ntk, 1e-12, 1e-15), $"{layer.Spec} NTK at {t}: {v.Ntk} vs {ntk}");
            }
            var (gpDiagonal, ntkDiagonal) = reference(1);
            Assert.True(Tolerance.Close(d.Evaluate(1).NngpDiagonal, gpDiagonal, 1e-14, 0));
            Assert.True(Tolerance.Close(d.Evaluate(1).NtkDiagonal, ntkDiagonal, 1e-14, 0));
        }
    }

    [Theory]
    [InlineData("densenet(layers=4)"), InlineData("mlp(layers=3)"), InlineData("resnet(blocks=3, alpha=1/2, train=all)"),
     InlineData(ConcatenationTests.ReluAfterConcat), InlineData(ConcatenationTests.UnequalWidths)]
    public void Symbolic_and_numeric_transfers_agree(string spec)
    {
        var d = KernelDerivation.Derive(ArchitectureParser.Parse(spec).Value!);
        foreach (double t in (double[])[-1, -0.7, -0.2, 0, 0.4, 0.8, 0.999, 1])
        {
            var (closed, numeric) = (d.Evaluate(t), d.EvaluateNumeric(t));
            Assert.True(Tolerance.Close(closed.Nngp, numeric.Nngp, 1e-14, 1e-15), $"{spec} GP at {t}: {closed.Nngp:R} vs {numeric.Nngp:R}");
            Assert.True(Tolerance.Close(closed.Ntk, numeric.Ntk, 1e-14, 1e-15), $"{spec} NTK at {t}: {closed.Ntk:R} vs {numeric.Ntk:R}");
            Assert.Equal(closed.NtkDiagonal, numeric.NtkDiagonal, 14);
        }
    }
}
