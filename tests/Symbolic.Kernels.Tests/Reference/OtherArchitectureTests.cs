using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;
using Symbolic.Testing;

namespace Symbolic.Kernels.Tests.Reference;

/// <summary>Architectures beyond the two bias-free presets: FC with bias, erf networks, composed specs.</summary>
public sealed class OtherArchitectureTests
{
    [Theory]
    [InlineData(2, 0.1), InlineData(4, 0.25), InlineData(6, 1)]
    public void Fc_with_bias_matches_the_independent_recursion(int layers, double bias)
    {
        var d = KernelDerivation.Derive(new FullyConnected(layers, Relu.Instance, Number.Of(Core.Numbers.Rational.FromDouble(bias))));
        foreach (double t in (double[])[-1, -0.3, 0, 0.5, 0.99, 1])
        {
            var v = d.Evaluate(t);
            var (nngp, ntk, diagonal) = IndependentRecursions.FullyConnectedWithBias(layers, bias, t);
            Assert.True(Tolerance.Close(v.Nngp, nngp, 1e-12, 1e-15), $"NNGP at {t}");
            Assert.True(Tolerance.Close(v.Ntk, ntk, 1e-12, 1e-15), $"NTK at {t}: {v.Ntk} vs {ntk}");
            Assert.True(Tolerance.Close(v.NngpDiagonal, diagonal, 1e-15, 0));
        }
        Assert.True(Tolerance.Close(d.Evaluate(1).NormalizedNtk, 1, 1e-12, 0));
    }

    [Theory]
    [InlineData(-0.8), InlineData(0.2), InlineData(0.9), InlineData(1)]
    public void Closed_form_erf_network_matches_the_same_network_by_quadrature(double t)
    {
        var z = Symbol.Of("z");
        var closed = ArchitectureParser.Parse("serial(dense, erf, dense(w=2, b=1/2), erf, dense)").Value!;
        var numeric = Stax.Serial(Stax.Dense(), Stax.Numeric(Fn.Erf(z), z, "erf"),
            Stax.Dense(Number.Of(2), Number.Half), Stax.Numeric(Fn.Erf(z), z, "erf"), Stax.Dense());
        var exact = KernelDerivation.Derive(closed).Evaluate(t);
        var quadrature = NumericKernel.Evaluate(numeric, t);
        // Gauss–Hermite converges more slowly as the variance sharpens erf(√a·x); the estimate says so.
        Assert.True(quadrature.QuadratureError is > 0 and < 1e-5, $"estimate {quadrature.QuadratureError}");
        Assert.True(Tolerance.Close(exact.Nngp, quadrature.Nngp, 1e-7, 1e-12), $"{exact.Nngp} vs {quadrature.Nngp}");
        Assert.True(Tolerance.Close(exact.Ntk, quadrature.Ntk, 1e-7, 1e-12), $"{exact.Ntk} vs {quadrature.Ntk}");
        Assert.True(Tolerance.Close(exact.NtkDiagonal, quadrature.NtkDiagonal, 1e-7, 0));
    }

    [Fact]
    public void Composed_residual_spec_normalises_to_one_and_matches_its_numeric_path()
    {
        var layer = ArchitectureParser.Parse("serial(dense, relu, residual(serial(dense, relu, dense), alpha=0.5)*3, dense)").Value!;
        var d = KernelDerivation.Derive(layer);
        foreach (double t in (double[])[-1, -0.4, 0.3, 0.95])
        {
            var v = d.Evaluate(t);
            var n = d.EvaluateNumeric(t);
            Assert.True(Tolerance.Close(v.Ntk, n.Ntk, 1e-12, 1e-15));
            Assert.True(Tolerance.Close(v.Nngp, n.Nngp, 1e-12, 1e-15));
        }
        Assert.True(Tolerance.Close(d.Evaluate(1).NormalizedNtk, 1, 1e-12, 0));
        Assert.True(Tolerance.Close(d.Evaluate(1).NormalizedNngp, 1, 1e-12, 0));
    }
}
