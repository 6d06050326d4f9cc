using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Reference;

/// <summary>The Huang/Belfer ResNet kernels against the independent §4.2 recursions and the §8 "theory" column.</summary>
public sealed class ResNetReferenceTests
{
    /// <summary>fc-resnet.md §8, L = 3: (α, t, NTK normalised, NTK raw, NNGP normalised), printed to 6 digits.</summary>
    public static TheoryData<int, int, double, double, double, double> MonteCarloTheory => new()
    {
        { 1, 2, 0.3, 0.329181, 0.77152, 0.401253 },
        { 1, 1, -0.5, 0.068173, 1.63615, 0.170860 },
    };

    [Theory, MemberData(nameof(MonteCarloTheory))]
    public void Matches_the_theory_column_of_the_Monte_Carlo_table(int alphaNumerator, int alphaDenominator, double t,
        double ntkNormalized, double ntkRaw, double nngpNormalized)
    {
        var v = KernelDerivation.Derive(new ResNet(3, Number.Of(alphaNumerator, alphaDenominator))).Evaluate(t);
        Assert.True(Tolerance.Close(v.NormalizedNtk, ntkNormalized, 5e-6, 0));
        Assert.True(Tolerance.Close(v.Ntk, ntkRaw, 5e-6, 0));
        Assert.True(Tolerance.Close(v.NormalizedNngp, nngpNormalized, 5e-6, 0));
    }

    [Theory]
    [InlineData(1, 1, 2), InlineData(3, 1, 2), InlineData(3, 1, 1), InlineData(10, 1, 4), InlineData(5, 3, 2)]
    public void Matches_the_backward_recursion_raw_and_normalised(int blocks, int p, int q)
    {
        double alpha = (double)p / q;
        var d = KernelDerivation.Derive(new ResNet(blocks, Number.Of(p, q)));
        var (nngpDiagonal, ntkDiagonal) = IndependentRecursions.ResNetDiagonal(blocks, alpha);
        foreach (double t in (double[])[-1, -0.9, -0.5, 0, 0.3, 0.7, 0.99])
        {
            var v = d.Evaluate(t);
            var (nngp, ntk) = IndependentRecursions.ResNet(blocks, alpha, t);
            var (nngpBar, ntkBar) = IndependentRecursions.ResNetNormalized(blocks, alpha, t);
            Assert.True(Tolerance.Close(v.Nngp, nngp, 1e-12, 1e-15), $"NNGP at t = {t}: {v.Nngp} vs {nngp}");
            Assert.True(Tolerance.Close(v.Ntk, ntk, 1e-12, 1e-15), $"NTK at t = {t}: {v.Ntk} vs {ntk}");
            Assert.True(Tolerance.Close(v.NormalizedNngp, nngpBar, 1e-12, 1e-15), $"normalised NNGP at t = {t}");
            Assert.True(Tolerance.Close(v.NormalizedNtk, ntkBar, 1e-12, 1e-15), $"normalised NTK at t = {t}");
            Assert.True(Tolerance.Close(v.NngpDiagonal, nngpDiagonal, 1e-15, 0));
            Assert.True(Tolerance.Close(v.NtkDiagonal, ntkDiagonal, 1e-15, 0));
        }
    }

    [Theory]
    [InlineData(1, 1, 2), InlineData(3, 1, 2), InlineData(7, 1, 3), InlineData(20, 1, 1)]
    public void At_t_equal_one_the_kernels_are_their_exact_diagonals(int blocks, int p, int q)
    {
        var alpha = Number.Of(p, q);
        var d = KernelDerivation.Derive(new ResNet(blocks, alpha));
        var a2 = alpha.Value * alpha.Value;
        var onePlus = Core.Numbers.Rational.One + a2;
        Assert.True(onePlus.TryPow(blocks, out var nngpDiagonal));
        Assert.True(onePlus.TryPow(blocks - 1, out var power));
        Assert.Same(Number.Of(nngpDiagonal), d.NngpDiagonal);
        Assert.Same(Number.Of(2 * blocks * a2 * power), d.NtkDiagonal);   // 2Lα²(1 + α²)^(L−1), exactly
        var v = d.Evaluate(1);
        Assert.True(Tolerance.Close(v.NormalizedNtk, 1, 1e-12, 0), $"normalised NTK(1) = {v.NormalizedNtk:R}");
        Assert.True(Tolerance.Close(v.NormalizedNngp, 1, 1e-12, 0), $"normalised NNGP(1) = {v.NormalizedNngp:R}");
        Assert.True(Tolerance.Close(v.Ntk, v.NtkDiagonal, 1e-12, 0));
    }

    [Fact]
    public void Gamma_gives_alpha_as_an_exact_power_of_the_depth()
    {
        Assert.Same(Number.Of(1, 10), ResNet.WithGamma(10, Number.One).Alpha);
        var irrational = ResNet.WithGamma(10, Number.Half).Alpha;   // 10^(−1/2), whose square is exactly 1/10
        Assert.IsNotType<Number>(irrational);
        Assert.Same(Number.Of(1, 10), irrational.Pow(2));
        var v = KernelDerivation.Derive(ResNet.WithGamma(10, Number.Half)).Evaluate(0.4);
        var (_, reference) = IndependentRecursions.ResNetNormalized(10, Math.Pow(10, -0.5), 0.4);
        Assert.True(Tolerance.Close(v.NormalizedNtk, reference, 1e-12, 0));
    }
}
