using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;

namespace Symbolic.MonteCarlo.Tests.Properties;

/// <summary>
/// Random architectures within the acceptance budget: fully connected networks (1–4 weight layers, relu, erf or step,
/// bias variance 0 or 1/10) and residual networks (1–4 blocks, α ∈ {0.1, 0.2, …, 2}): the Huang/Belfer preset with relu,
/// or the same stack x + α·V·φ(W·x) between a fixed first and last layer with φ = erf or step. t is drawn from a grid of
/// [−1, 1] that includes both ends.
/// </summary>
public static class ArchitectureArbitrary
{
    private static readonly Gen<double> s_t = Gen.Frequency(
        (4, Gen.Choose(-1000, 1000).Select(i => i / 1000.0)),
        (1, Gen.Elements(-1.0, 1.0)));

    private static readonly Gen<Activation> s_activation = Gen.Elements<Activation>(Relu.Instance, Erf.Instance, Step.Instance);

    private static readonly Gen<(string, Layer)> s_fc =
        from layers in Gen.Choose(1, 4)
        from activation in s_activation
        from bias in Gen.Elements(Number.Zero, Number.Of(1, 10))
        select ($"fc L={layers} {activation.Spec} bias={bias}", (Layer)new FullyConnected(layers, activation, bias));

    private static readonly Gen<(string, Layer)> s_residual =
        from blocks in Gen.Choose(1, 4)
        from tenths in Gen.Choose(1, 20)
        from activation in s_activation
        let alpha = Number.Of(tenths, 10)
        let block = new Residual(new Serial([Dense.Default, new Nonlinearity(activation), Dense.Default]), alpha)
        select ($"resnet L={blocks} α={tenths / 10.0} {activation.Spec}", activation is Relu
            ? (Layer)new ResNet(blocks, alpha)
            : new Serial([Dense.Fixed, new Repeat(block, blocks), Dense.Fixed]));

    /// <summary>Arbitrary instance for <see cref="ArchitectureCase"/> (no shrinking: every case is a separate experiment).</summary>
    public static Arbitrary<ArchitectureCase> Cases() =>
        (from architecture in Gen.OneOf(s_fc, s_residual)
         from t in s_t
         select new ArchitectureCase(architecture.Item1, architecture.Item2, t)).ToArbitrary();
}
