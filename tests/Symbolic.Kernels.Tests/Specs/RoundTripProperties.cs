using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Specs;

namespace Symbolic.Kernels.Tests.Specs;

/// <summary>Random layer trees, for the print → parse round trip.</summary>
public static class LayerArbitrary
{
    private static readonly Symbol s_z = Symbol.Of("z");

    private static readonly Gen<Expr> s_positive = Gen.Elements<Expr>(Number.One, Number.Of(2), Number.Half, Number.Of(3, 7), Number.Of(2).Pow(Number.Half));

    private static readonly Gen<Activation> s_activation = Gen.Elements<Activation>(
        Relu.Instance, Erf.Instance, Step.Instance, new AbRelu(Number.Of(-1, 3), Number.Of(2)), new AbRelu(Number.Of(1, 10), Number.One),
        new NumericActivation(Fn.Tanh(s_z), s_z, "tanh"), new NumericActivation(Fn.Sin(s_z), s_z, "sin"));

    private static readonly Gen<Layer> s_leaf = Gen.OneOf(
        from w in s_positive
        from b in Gen.Elements<Expr>(Number.Zero, Number.Of(1, 10))
        from trained in Gen.Elements(true, false)
        select (Layer)new Dense(w, b, trained),
        s_activation.Select(a => (Layer)new Nonlinearity(a)),
        Gen.Constant<Layer>(Identity.Instance),
        s_positive.Select(c => (Layer)new Scale(-c)));

    private static Gen<Layer> Tree(int depth) => depth == 0 ? s_leaf : Gen.Frequency(
        (3, s_leaf),
        (2, Tree(depth - 1).ArrayOf().Where(a => a.Length > 0).Select(a => (Layer)new Serial([.. a.Take(3)]))),
        (1, from inner in Tree(depth - 1) from n in Gen.Choose(1, 3) select (Layer)new Repeat(inner, n)),
        (1, from inner in Tree(depth - 1) from alpha in s_positive select (Layer)new Residual(new Serial([inner, Dense.Default]), alpha)),
        (1, from layers in Gen.Choose(1, 5) from act in s_activation from bias in Gen.Elements<Expr>(Number.Zero, Number.Of(1, 4))
            select (Layer)new FullyConnected(layers, act, bias)),
        (1, from blocks in Gen.Choose(1, 6) from alpha in s_positive select (Layer)new ResNet(blocks, alpha)),
        (1, from blocks in Gen.Choose(1, 6) from gamma in Gen.Elements<Expr>(Number.One, Number.Half, Number.Of(3, 4))
            select (Layer)ResNet.WithGamma(blocks, gamma)));

    /// <summary>Layer trees up to three levels deep.</summary>
    public static Arbitrary<Layer> Layers() => Tree(3).ToArbitrary();
}

/// <summary>Printing then parsing gives back an equal layer.</summary>
public sealed class RoundTripProperties
{
    [Property(Arbitrary = [typeof(LayerArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Spec_text_parses_back_to_an_equal_layer(Layer layer)
    {
        var result = ArchitectureParser.Parse(layer.Spec);
        return result.IsSuccess && result.Value == layer && result.Value.Spec == layer.Spec;
    }

    [Fact]
    public void A_linear_nonlinearity_acts_like_the_identity_layer()
    {
        var t = Symbol.Of("t");
        var viaActivation = Stax.Residual(Stax.Serial(Stax.Dense(), new Nonlinearity(IdentityActivation.Instance))).Transfer(KernelState.OnSphere(t));
        var viaLayer = Stax.Residual(Stax.Serial(Stax.Dense(), Stax.Identity())).Transfer(KernelState.OnSphere(t));
        Assert.Equal(viaLayer, viaActivation);
    }
}
