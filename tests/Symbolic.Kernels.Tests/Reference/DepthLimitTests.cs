using System.Diagnostics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Reference;

/// <summary>The depth limits of fc-resnet.md §4.3 through the closed-form DAGs at L = 1000, and the DAG budgets.</summary>
public sealed class DepthLimitTests
{
    /// <summary>Generous wall-clock bound (the machine is shared); the builds take a fraction of it.</summary>
    private const int BudgetMilliseconds = 5000;

    [Fact]
    public void Fc_normalised_ntk_tends_to_a_quarter()
    {
        var clock = Stopwatch.StartNew();
        var d = KernelDerivation.Derive(FullyConnected.Relu(1000));
        double value = d.Evaluate(0.5).NormalizedNtk;
        clock.Stop();
        Assert.True(Math.Abs(value - 0.25381) < 5e-6, $"Θ₁₀₀₀(0.5)/1000 = {value}");
        Assert.True(clock.ElapsedMilliseconds < BudgetMilliseconds, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(Math.Abs(KernelDerivation.Derive(FullyConnected.Relu(100)).Evaluate(0.5).NormalizedNtk - 0.2779) < 5e-5);
    }

    [Theory]
    [InlineData(10, 0.467911), InlineData(100, 0.470798), InlineData(1000, 0.471128)]
    public void ResNet_with_gamma_one_tends_to_the_two_layer_ntk(int blocks, double expected)
    {
        var clock = Stopwatch.StartNew();
        var d = KernelDerivation.Derive(ResNet.WithGamma(blocks, Number.One));
        double value = d.Evaluate(0.5).NormalizedNtk;
        clock.Stop();
        Assert.True(Math.Abs(value - expected) < 5e-7, $"L = {blocks}: {value}");
        Assert.True(clock.ElapsedMilliseconds < BudgetMilliseconds, $"took {clock.ElapsedMilliseconds} ms");
        Assert.True(Tolerance.Close(value, IndependentRecursions.ResNetNormalized(blocks, 1.0 / blocks, 0.5).Ntk, 1e-11, 0));
        double limit = 0.5 * (IndependentRecursions.Kappa1(0.5) + 0.5 * IndependentRecursions.Kappa0(0.5));
        Assert.True(Math.Abs(limit - 0.471166) < 5e-7);
        Assert.True(Math.Abs(value - limit) < 1.0 / blocks, "deviation Θ(L^(1−2γ)) = Θ(1/L)");
    }

    [Fact]
    public void Fc_ntk_at_depth_50_has_fewer_than_1000_unique_nodes()
    {
        Assert.True(DagWalk.CountUnique(KernelDerivation.Derive(FullyConnected.Relu(50)).Ntk!) < 1000);
    }

    [Fact]
    public void ResNet_dag_grows_linearly_with_depth()
    {
        int Size(int blocks) => DagWalk.CountUnique(KernelDerivation.Derive(new ResNet(blocks, Number.Half)).NormalizedNtk!);
        int perBlock = Size(41) - Size(40);
        Assert.InRange(perBlock, 1, 60);
        Assert.InRange(Size(80) - Size(40), perBlock * 40 - 80, perBlock * 40 + 80);
    }

    [Fact]
    public void Very_deep_closed_forms_evaluate_without_stack_overflow()
    {
        var d = KernelDerivation.Derive(FullyConnected.Relu(3000));
        Assert.True(d.Ntk!.Depth > 10_000);
        var v = d.Evaluate(0.5);
        Assert.True(Tolerance.Close(v.Ntk, NumericKernel.Evaluate(FullyConnected.Relu(3000), 0.5).Ntk, 1e-10, 0));
    }
}
