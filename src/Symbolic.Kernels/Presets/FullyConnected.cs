using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The fully connected network with <see cref="Layers"/> weight layers, counted as Bietti–Bach do (fc-resnet.md §1.3,
/// §10.1): L = hidden layers + 1, so <c>layers=2</c> is one hidden layer and Arora's H hidden layers is L = H + 1.
/// Expansion: dense → (φ → dense)×(L − 1), every dense with σ_w² = 1 and bias variance σ_b² = <see cref="Bias"/>, all
/// trained. For ReLU without bias: Σ₁ = t, Σₗ = κ₁(Σₗ₋₁), Θ₁ = t, Θₗ = Θₗ₋₁κ₀(Σₗ₋₁) + Σₗ, Σ_L(1) = 1, Θ_L(1) = L, and
/// L = 2 gives Θ = tκ₀(t) + κ₁(t).
/// </summary>
/// <param name="Layers">L ≥ 1 weight layers.</param>
/// <param name="Activation">φ (ReLU: c_φ = 2).</param>
/// <param name="Bias">σ_b², added by every dense layer.</param>
public sealed record FullyConnected(int Layers, Activation Activation, Expr Bias) : Preset
{
    /// <summary>The bias-free ReLU network of <paramref name="layers"/> weight layers.</summary>
    public static FullyConnected Relu(int layers) => new(layers, Activations.Relu.Instance, Number.Zero);

    /// <inheritdoc/>
    public override string Spec => $"fc(layers={Layers}, act={Activation.Spec}, bias={ConstantText.Format(Bias)})";

    /// <inheritdoc/>
    public override string Description =>
        $"{Spec}: fully connected, {Layers} weight layer(s) in the Bietti–Bach count ({Layers - 1} hidden, " +
        $"Arora H = {Layers - 1}); dense σ_w² = 1, σ_b² = {ConstantText.Format(Bias)}, all layers trained (NTK parameterisation); " +
        $"activation {Activation.Convention}. Inputs on the unit sphere, t = ⟨x, z⟩.";

    /// <summary>dense → (φ → dense)×(L − 1).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Layers"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Layers < 1) throw new InvalidOperationException($"fc needs layers ≥ 1, got {Layers}.");
        var dense = new Dense(Number.One, Bias);
        return Layers == 1
            ? new Serial([dense])
            : new Serial([dense, new Repeat(new Serial([new Nonlinearity(Activation), dense]), Layers - 1)]);
    }
}
