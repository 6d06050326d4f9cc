using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The canonical fully connected DenseNet of conv-dense.md §3.2 with growth = width n, all layers trained:
/// Y₀ = W₀x; yₗ = relu(√(2/Nₗ₋₁)·Wₗ·Yₗ₋₁), Yₗ = [Yₗ₋₁; yₗ] (Nₗ = (l + 1)n) for l = 1…L; f = v·Y_L/√N_L. Expansion:
/// dense → (fanout(2) → parallel(identity, dense → relu) → faninconcat)×L → dense. Its kernels (§3.3):
/// Qₗ = (l·Qₗ₋₁ + Φ(Qₗ₋₁))/(l + 1), Tₗ = (l·Tₗ₋₁ + κ₀(ρₗ₋₁)(Qₗ₋₁ + Tₗ₋₁))/(l + 1), Q₀ = T₀ = t; NNGP = Q_L,
/// NTK = Q_L + T_L, with Σ(x, x) = 1 and Θ(x, x) = 1 + H_{L+1} (the harmonic number).
/// </summary>
/// <param name="Layers">L ≥ 1 dense blocks (concatenations).</param>
public sealed record DenseNet(int Layers) : Preset
{
    /// <inheritdoc/>
    public override string Spec => $"densenet(layers={Layers})";

    /// <inheritdoc/>
    public override string Description =>
        $"{Spec}: DenseNet (conv-dense.md §3.2), Y₀ = W₀x, {Layers} block(s) Yₗ = [Yₗ₋₁; relu(√(2/Nₗ₋₁)·Wₗ·Yₗ₋₁)] with " +
        "growth = width (Nₗ = (l + 1)n), f = v·Y_L/√N_L; all layers trained; raw Θ(x, x) = 1 + H_{L+1}, Σ(x, x) = 1 (§3.3). " +
        "Inputs on the unit sphere, t = ⟨x, z⟩.";

    /// <summary>dense → (fanout(2) → parallel(identity, dense → relu) → faninconcat)×L → dense.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Layers"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Layers < 1) throw new InvalidOperationException($"densenet needs layers ≥ 1, got {Layers}.");
        var grow = new Serial([Dense.Default, new Nonlinearity(Relu.Instance)]);
        var block = new Serial([new FanOut(2), new Parallel([Identity.Instance, grow]), FanInConcat.Instance]);
        return new Serial([Dense.Default, new Repeat(block, Layers), Dense.Default]);
    }
}
