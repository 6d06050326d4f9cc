using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The canonical ReLU MLP of conv-dense.md §3.2, all layers trained: r₀ = W₀x (linear), rₗ = relu(√(2/n)·Wₗ·rₗ₋₁) for
/// l = 1…L, f = v·r_L/√n. Expansion: dense → (dense → relu)×L → dense. Kernels (§3.3): Qₗ = Φ(Qₗ₋₁),
/// Tₗ = κ₀(ρₗ₋₁)(Qₗ₋₁ + Tₗ₋₁), Q₀ = T₀ = t; NNGP = Q_L, NTK = Q_L + T_L, Θ(x, x) = L + 2. Not <c>fc(layers=L+1)</c>: that
/// has the same NNGP but no linear layer W₀ before W₁, so one trained term less (Θ(x, x) = L + 1).
/// </summary>
/// <param name="Layers">L ≥ 1 hidden ReLU layers.</param>
public sealed record Mlp(int Layers) : Preset
{
    /// <inheritdoc/>
    public override string Spec => $"mlp(layers={Layers})";

    /// <inheritdoc/>
    public override string Description =>
        $"{Spec}: MLP (conv-dense.md §3.2), r₀ = W₀x, {Layers} hidden layer(s) rₗ = relu(√(2/n)·Wₗ·rₗ₋₁), f = v·r_L/√n; " +
        "all layers trained; raw Θ(x, x) = L + 2, Σ(x, x) = 1 (§3.3). Inputs on the unit sphere, t = ⟨x, z⟩.";

    /// <summary>dense → (dense → relu)×L → dense.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Layers"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Layers < 1) throw new InvalidOperationException($"mlp needs layers ≥ 1, got {Layers}.");
        return new Serial([Dense.Default, new Repeat(new Serial([Dense.Default, new Nonlinearity(Relu.Instance)]), Layers), Dense.Default]);
    }
}
