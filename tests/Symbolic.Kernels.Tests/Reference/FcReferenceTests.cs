using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Reference;

/// <summary>The bias-free FC ReLU kernels against the table of fc-resnet.md §9.2 (L in the Bietti–Bach count).</summary>
public sealed class FcReferenceTests
{
    private const double Relative = 1e-12, Absolute = 1e-15;

    public static TheoryData<int, double, double, double, double> Table => new()
    {
        { 2, -1, 0, 0, 0 },
        { 2, -0.5, 0.10899778104422935809, -0.057668885622437308578, -0.028834442811218654289 },
        { 2, 0, 0.31830988618379067154, 0.31830988618379067154, 0.15915494309189533577 },
        { 2, 0.3, 0.48274428383548762163, 0.66184028904169110879, 0.33092014452084555439 },
        { 2, 0.9, 0.90953839884467207620, 1.6803287350288364325, 0.84016436751441821626 },
        { 2, 1, 1, 2, 1 },
        { 3, -1, 0.31830988618379067154, 0.31830988618379067154, 0.10610329539459689051 },
        { 3, -0.5, 0.37470149832075209216, 0.34386224627272686445, 0.11462074875757562148 },
        { 3, 0, 0.49373109020037154850, 0.68570863628294249174, 0.22856954542764749725 },
        { 3, 0.3, 0.59754848518046899900, 1.0346012996128433100, 0.34486709987094776999 },
        { 3, 0.9, 0.91774114422924261466, 2.3688136627182647773, 0.78960455423942159242 },
        { 3, 1, 1, 3, 1 },
    };

    [Theory, MemberData(nameof(Table))]
    public void Closed_forms_match_the_reference_table(int layers, double t, double nngp, double ntk, double ntkOverL)
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(layers));
        var at = new Dictionary<Symbol, double> { [d.Variable] = t };
        Assert.True(Tolerance.Close(Evaluator.Evaluate(d.Nngp!, at), nngp, Relative, Absolute), "NNGP");
        Assert.True(Tolerance.Close(Evaluator.Evaluate(d.Ntk!, at), ntk, Relative, Absolute), "NTK");
        Assert.True(Tolerance.Close(Evaluator.Evaluate(d.NormalizedNtk!, at), ntkOverL, Relative, Absolute), "NTK / L");
        Assert.True(Tolerance.Close(Evaluator.Evaluate(d.NormalizedNngp!, at), nngp, Relative, Absolute), "normalised NNGP = NNGP");
    }

    [Theory, MemberData(nameof(Table))]
    public void Numeric_layer_path_matches_the_reference_table(int layers, double t, double nngp, double ntk, double ntkOverL)
    {
        var v = NumericKernel.Evaluate(FullyConnected.Relu(layers), t);
        Assert.True(Tolerance.Close(v.Nngp, nngp, Relative, Absolute));
        Assert.True(Tolerance.Close(v.Ntk, ntk, Relative, Absolute));
        Assert.True(Tolerance.Close(v.NormalizedNtk, ntkOverL, Relative, Absolute));
    }

    [Theory]
    [InlineData(1), InlineData(2), InlineData(3), InlineData(7), InlineData(50)]
    public void Diagonals_are_exact_Bietti_Bach_values(int layers)
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(layers));
        Assert.Same(Number.One, d.NngpDiagonal);
        Assert.Same(Number.Of(layers), d.NtkDiagonal);
    }

    [Theory]
    [InlineData(-0.5), InlineData(0.3), InlineData(0.9)]
    public void Kernels_are_not_even_in_t(double t)
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(3));
        Assert.NotEqual(d.Evaluate(t).Ntk, d.Evaluate(-t).Ntk, 6);
        Assert.NotEqual(d.Evaluate(t).Nngp, d.Evaluate(-t).Nngp, 6);
    }
}
