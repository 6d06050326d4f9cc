using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;
using Symbolic.Testing;
using static Symbolic.Kernels.Tests.Reference.IndependentRecursions;

namespace Symbolic.Kernels.Tests.DenseNets;

/// <summary>
/// faninconcat (conv-dense.md §3.3): the kernel of [Y; y] is the width-weighted average of the parts' kernels; an
/// activation after it acts part by part (φ([Y; y]) has the average of the duals, not the dual of the average); the
/// spec grammar, the structural errors, and the DAG growth of the DenseNet.
/// </summary>
public sealed class ConcatenationTests
{
    // The parts are pre-activations (the embedding Y₀ and dense outputs), hence Gaussian: then the dual of each part is
    // exact, as in a finite network (the Monte Carlo tests sample these architectures).
    public const string ReluAfterConcat = "serial(dense, fanout(2), parallel(identity, serial(relu, dense)), faninconcat, relu, dense)";

    public const string UnequalWidths = "serial(dense, fanout(2), parallel(identity, serial(relu, dense)), faninconcat, " +
                                        "fanout(2), parallel(identity, serial(relu, dense(w=2))), faninconcat, relu, dense)";

    [Theory]
    [InlineData(-0.9), InlineData(-0.3), InlineData(0.2), InlineData(0.75), InlineData(1)]
    public void Relu_after_a_concatenation_averages_the_duals_of_the_parts(double t)
    {
        // By hand: Y₀ = W₀x has (Σ, Θ) = (t, t); y₁ = W₁relu(Y₀) has (κ₁(t), tκ₀(t) + κ₁(t)), diagonals (1, 2), both of
        // width 1. relu([Y₀; y₁]) = [relu(Y₀); relu(y₁)]: (κ₁(t), tκ₀(t)) and (κ₁(κ₁(t)), (tκ₀(t) + κ₁(t))κ₀(κ₁(t))),
        // averaged with weights ½; the trained readout adds Σ to Θ. Diagonals: Σ(x, x) = 1, Θ(x, x) = (1 + 2)/2 + 1 = 5/2.
        double theta1 = t * Kappa0(t) + Kappa1(t);
        double sigma = (Kappa1(t) + Kappa1(Kappa1(t))) / 2;
        double theta = (t * Kappa0(t) + theta1 * Kappa0(Kappa1(t))) / 2 + sigma;
        var d = KernelDerivation.Derive(ArchitectureParser.Parse(ReluAfterConcat).Value!);
        var v = d.Evaluate(t);
        Assert.True(Tolerance.Close(v.Nngp, sigma, 1e-14, 1e-15), $"{v.Nngp:R} vs {sigma:R}");
        Assert.True(Tolerance.Close(v.Ntk, theta, 1e-14, 1e-15), $"{v.Ntk:R} vs {theta:R}");
        Assert.Same(Number.Of(5, 2), d.NtkDiagonal);
        Assert.Same(Number.One, d.NngpDiagonal);
        // The dual of the average, κ₁((t + κ₁(t))/2), is a different kernel (equal only at t = 1; the Jensen gap is
        // 9·10⁻⁵ at t = 0.75, where κ₁ is nearly linear, and 0.04 at t = −0.9).
        if (t < 1) Assert.True(Math.Abs(v.Nngp - Kappa1((t + Kappa1(t)) / 2)) > 1e-5);
    }

    [Theory]
    [InlineData(-0.5), InlineData(0.1), InlineData(0.6)]
    public void Nested_concatenation_of_unequal_variances_weights_every_part_by_its_width(double t)
    {
        // [[Y₀; y₁]; y₂] with widths (1, 1) and 1: the leaves weigh ⅓ each. relu([Y₀; y₁]) has the averages
        // a = (κ₁(t) + κ₁(κ₁(t)))/2 and b = (tκ₀(t) + θ₁κ₀(κ₁(t)))/2 (θ₁ = tκ₀(t) + κ₁(t)), diagonals 1 and 3/2; so
        // y₂ = √2·W₂·relu([Y₀; y₁]) has Σ = 2a, Θ = 2b + 2a, diagonals 2 and 5. relu of every leaf, then the trained
        // readout: Σ(x, x) = (1 + 1 + 2)/3 = 4/3, Θ(x, x) = (1 + 2 + 5)/3 + 4/3 = 4.
        double theta1 = t * Kappa0(t) + Kappa1(t);
        double a = (Kappa1(t) + Kappa1(Kappa1(t))) / 2, b = (t * Kappa0(t) + theta1 * Kappa0(Kappa1(t))) / 2;
        double sigma = (Kappa1(t) + Kappa1(Kappa1(t)) + 2 * Kappa1(a)) / 3;
        double theta = (t * Kappa0(t) + theta1 * Kappa0(Kappa1(t)) + (2 * b + 2 * a) * Kappa0(a)) / 3 + sigma;
        var d = KernelDerivation.Derive(ArchitectureParser.Parse(UnequalWidths).Value!);
        var v = d.Evaluate(t);
        Assert.True(Tolerance.Close(v.Nngp, sigma, 1e-14, 1e-15), $"{v.Nngp:R} vs {sigma:R}");
        Assert.True(Tolerance.Close(v.Ntk, theta, 1e-14, 1e-15), $"{v.Ntk:R} vs {theta:R}");
        Assert.Same(Number.Of(4, 3), d.NngpDiagonal);
        Assert.Same(Number.Of(4), d.NtkDiagonal);
        var numeric = d.EvaluateNumeric(t);
        Assert.True(Tolerance.Close(numeric.Ntk, theta, 1e-14, 1e-15));
    }

    [Fact]
    public void Concatenation_tracks_widths_and_parts_until_a_dense_layer_mixes_them()
    {
        var t = Symbol.Of("t");
        var concat = Stax.Serial(Stax.Dense(), Stax.FanOut(3), Stax.Parallel(Stax.Identity(), Stax.Dense(), Stax.Serial(Stax.Dense(), Stax.Relu())), Stax.FanInConcat());
        var state = concat.Transfer(KernelState.OnSphere(t));
        Assert.Same(Number.Of(3), state.Width);
        Assert.Equal(3, state.Parts.Length);
        Assert.False(state.IsBranched);
        var relu = Stax.Relu().Transfer(state);
        Assert.Same(Number.Of(3), relu.Width);
        Assert.Equal(3, relu.Parts.Length);
        var mixed = Stax.Dense().Transfer(relu);
        Assert.Same(Number.One, mixed.Width);
        Assert.False(mixed.IsConcatenated);
        var numeric = concat.Transfer(NumericKernelState.OnSphere(0.3));
        Assert.Equal(3, numeric.Width);
        Assert.Equal(3, numeric.Parts.Length);
    }

    [Theory]
    [InlineData("serial(dense, faninconcat)", "faninconcat needs open branches")]
    [InlineData("serial(dense, fanout(2), parallel(identity, dense), faninconcat, residual(serial(dense, relu, dense)))", "relative widths 1 and 2")]
    [InlineData("serial(dense, fanout(2), faninconcat, fanout(2), parallel(identity, serial(relu, dense, fanout(2), faninconcat)), faninsum)", "concatenated signal")]
    [InlineData("resnet(blocks=2, train=some)", "train must be blocks")]
    [InlineData("densenet(layers=0)", "layers must be an integer ≥ 1")]
    public void Structural_and_parameter_errors_are_diagnostics(string spec, string message)
    {
        var result = ArchitectureParser.Parse(spec);
        Assert.False(result.IsSuccess);
        Assert.Contains(message, result.Error);
    }

    [Theory]
    [InlineData("resnet(blocks=3, alpha=1/2, train=all)", "resnet(blocks=3, alpha=1/2, train=all)")]
    [InlineData("resnet(blocks=3, alpha=1/2, train=blocks)", "resnet(blocks=3, alpha=1/2)")]
    [InlineData("resnet(blocks=4, gamma=1, train=all)", "resnet(blocks=4, gamma=1, train=all)")]
    [InlineData("densenet(layers=5)", "densenet(layers=5)")]
    [InlineData("mlp(layers=2)", "mlp(layers=2)")]
    [InlineData("serial(fanout(2), parallel(dense, dense), faninconcat)", "serial(fanout(2), parallel(dense, dense), faninconcat)")]
    public void Specs_print_and_parse_back(string text, string printed)
    {
        var layer = ArchitectureParser.Parse(text).Value!;
        Assert.Equal(printed, layer.Spec);
        Assert.Equal(layer, ArchitectureParser.Parse(layer.Spec).Value);
    }

    [Fact]
    public void Densenet_dag_grows_linearly_in_depth()
    {
        // The concatenation averages are guarded (GaussianPair.Bounded), so each block adds O(1) shared nodes; without the
        // guard the canonical sum would flatten Qₗ = (l·Qₗ₋₁ + Φ)/(l + 1) into O(L²) terms.
        int Size(int layers) => DagWalk.CountUnique(KernelDerivation.Derive(new DenseNet(layers)).Ntk!);
        var (s25, s50, s100) = (Size(25), Size(50), Size(100));
        Assert.Equal(s100 - s50, 2 * (s50 - s25), (s50 - s25) / 5.0);
        Assert.True(s100 < 60 * 100, $"{s100} nodes at L = 100");
    }

    [Fact]
    public void Fc_and_resnet_dags_are_unchanged_by_the_width_plumbing()
    {
        // Unique-node counts measured on the commit before faninconcat (773c46b): the width and parts fields add nothing
        // to width-1 signals without parts.
        var fc = KernelDerivation.Derive(Presets.FullyConnected.Relu(50));
        var resnet = KernelDerivation.Derive(new ResNet(50, Number.Of(1, 50)));
        Assert.Equal((640, 544), (DagWalk.CountUnique(fc.Ntk!), DagWalk.CountUnique(fc.Nngp!)));
        Assert.Equal((1097, 858), (DagWalk.CountUnique(resnet.Ntk!), DagWalk.CountUnique(resnet.Nngp!)));
    }
}
