using FsCheck.Xunit;
using Symbolic.Compilation;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Tests.Reference;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Properties;

/// <summary>compiled == interpreted == independent recursion, for the closed forms `symbolic eval` compiles.</summary>
public sealed class CompiledKernelProperties
{
    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 60, Replay = "(1234,5679)")]
    public bool Compiled_resnet_kernels_equal_the_interpreter_bitwise_and_the_independent_recursion(ResNetCase c)
    {
        var d = KernelDerivation.Derive(new ResNet(c.Blocks, Number.Of(c.AlphaNumerator, c.AlphaDenominator)));
        var at = new Dictionary<Symbol, double> { [d.Variable] = c.T };
        var (nngp, ntk) = IndependentRecursions.ResNet(c.Blocks, c.Alpha, c.T);
        var (nngpBar, ntkBar) = IndependentRecursions.ResNetNormalized(c.Blocks, c.Alpha, c.T);
        return Agree(d, KernelKind.Nngp, false, at, c.T, nngp) && Agree(d, KernelKind.Ntk, false, at, c.T, ntk)
            && Agree(d, KernelKind.Nngp, true, at, c.T, nngpBar) && Agree(d, KernelKind.Ntk, true, at, c.T, ntkBar);
    }

    [Property(Arbitrary = [typeof(KernelArbitrary)], MaxTest = 60, Replay = "(1234,5679)")]
    public bool Compiled_fc_kernels_equal_the_interpreter_bitwise_and_the_independent_recursion(FcCase c)
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(c.Layers));
        var at = new Dictionary<Symbol, double> { [d.Variable] = c.T };
        var (nngp, ntk) = IndependentRecursions.FullyConnected(c.Layers, c.T);
        return Agree(d, KernelKind.Nngp, false, at, c.T, nngp) && Agree(d, KernelKind.Ntk, false, at, c.T, ntk)
            && Agree(d, KernelKind.Ntk, true, at, c.T, ntk / c.Layers);
    }

    private static bool Agree(KernelDerivation d, KernelKind kind, bool normalized, Dictionary<Symbol, double> at, double t, double independent)
    {
        var kernel = d.Kernel(kind, normalized)!;
        double compiled = CompiledFunction.Create(kernel, d.Variable).Invoke(t);
        double interpreted = Evaluator.Evaluate(kernel, at);
        return compiled.Equals(interpreted) && Tolerance.Close(compiled, independent, 1e-11, 1e-14);
    }
}
