using FsCheck.Xunit;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Tests.Reference;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Properties;

/// <summary>Invariants of the derived kernels over random depths, scales and inputs.</summary>
public sealed class KernelProperties
{
    private static readonly Dictionary<(int, int, int), KernelDerivation> s_resnets = [];
    private static readonly Dictionary<int, KernelDerivation> s_fcs = [];

    private static KernelDerivation ResNetOf(ResNetCase c)
    {
        lock (s_resnets)
        {
            var key = (c.Blocks, c.AlphaNumerator, c.AlphaDenominator);
            if (!s_resnets.TryGetValue(key, out var d))
                s_resnets[key] = d = KernelDerivation.Derive(new ResNet(c.Blocks, Number.Of(c.AlphaNumerator, c.AlphaDenominator)));
            return d;
        }
    }

    private static KernelDerivation FcOf(int layers)
    {
        lock (s_fcs)
        {
            if (!s_fcs.TryGetValue(layers, out var d)) s_fcs[layers] = d = KernelDerivation.Derive(FullyConnected.Relu(layers));
            return d;
        }
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool ResNet_interpreted_closed_form_equals_the_independent_recursion(ResNetCase c)
    {
        var v = ResNetOf(c).Evaluate(c.T);
        var (nngp, ntk) = IndependentRecursions.ResNet(c.Blocks, c.Alpha, c.T);
        var (nngpBar, ntkBar) = IndependentRecursions.ResNetNormalized(c.Blocks, c.Alpha, c.T);
        return Tolerance.Close(v.Nngp, nngp, 1e-11, 1e-14) && Tolerance.Close(v.Ntk, ntk, 1e-11, 1e-14)
            && Tolerance.Close(v.NormalizedNngp, nngpBar, 1e-11, 1e-14) && Tolerance.Close(v.NormalizedNtk, ntkBar, 1e-11, 1e-14);
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 200, Replay = "(1234,5679)")]
    public bool Fc_interpreted_closed_form_equals_the_independent_recursion(FcCase c)
    {
        var v = FcOf(c.Layers).Evaluate(c.T);
        var (nngp, ntk) = IndependentRecursions.FullyConnected(c.Layers, c.T);
        return Tolerance.Close(v.Nngp, nngp, 1e-11, 1e-14) && Tolerance.Close(v.Ntk, ntk, 1e-11, 1e-14)
            && Tolerance.Close(v.NormalizedNtk, ntk / c.Layers, 1e-11, 1e-14);
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 100, Replay = "(1234,5679)")]
    public bool Numeric_layer_path_equals_the_closed_form(ResNetCase c)
    {
        var symbolic = ResNetOf(c).Evaluate(c.T);
        var numeric = ResNetOf(c).EvaluateNumeric(c.T);
        return Tolerance.Close(symbolic.Nngp, numeric.Nngp, 1e-12, 1e-14) && Tolerance.Close(symbolic.Ntk, numeric.Ntk, 1e-12, 1e-14)
            && numeric.QuadratureError == 0;
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 60, Replay = "(1234,5679)")]
    public bool Normalised_kernels_are_one_on_the_diagonal(ResNetCase c)
    {
        var d = ResNetOf(c);
        var one = new Dictionary<Symbol, double> { [d.Variable] = 1 };
        return Tolerance.Close(Evaluator.Evaluate(d.NormalizedNtk!, one), 1, 1e-12, 0)
            && Tolerance.Close(Evaluator.Evaluate(d.NormalizedNngp!, one), 1, 1e-12, 0)
            && Tolerance.Close(Evaluator.Evaluate(FcOf(c.Blocks).NormalizedNtk!, one), 1, 1e-12, 0);
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 60, Replay = "(1234,5679)")]
    public bool Normalised_kernels_are_correlations(ResNetCase c)
    {
        var v = ResNetOf(c).Evaluate(c.T);
        return Math.Abs(v.NormalizedNtk) <= 1 + 1e-12 && Math.Abs(v.NormalizedNngp) <= 1 + 1e-12;
    }
}
