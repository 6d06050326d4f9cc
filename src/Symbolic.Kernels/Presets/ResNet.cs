using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The residual network of Huang et al. 2020 and Belfer et al. 2021 (fc-resnet.md §4.1): x₀ = A·x (fixed),
/// xₗ = xₗ₋₁ + α·V_ℓ·relu(√2·W_ℓ·xₗ₋₁) for ℓ = 1…L (W_ℓ, V_ℓ trained; the √2 is ReLU's c_φ = 2), f = vᵀx_L (fixed).
/// <see cref="Blocks"/> = L counts residual blocks (2L trained matrices). The raw kernels are those of §4.2, with
/// Σ(x, x) = (1 + α²)^L and Θ(x, x) = 2Lα²(1 + α²)^(L−1) on the sphere; normalised they are Belfer's ResNTK (§5.1).
/// With <see cref="Train"/> = <see cref="ResNetTraining.All"/> the first and last layers are trained too: the FC ResNet
/// of conv-dense.md §3.2 (x₀ = W₀x, f = v·x_L/√n; the d = 1 canonical ResCNN of §2.1), whose diagonals are
/// Σ(x, x) = (1 + α²)^L and Θ(x, x) = (1 + α²)^L·(2 + 2Lα²/(1 + α²)) (§3.3).
/// </summary>
/// <param name="Blocks">L ≥ 1 residual blocks.</param>
/// <param name="Alpha">α, the branch scale (exact: a rational, or a radical when α = L^(−γ) is irrational).</param>
/// <param name="Gamma">γ when α was given as L^(−γ) (for printing only), else null.</param>
/// <param name="Train">Which layers are trained (default: the blocks only, Huang/Belfer).</param>
public sealed record ResNet(int Blocks, Expr Alpha, Expr? Gamma = null, ResNetTraining Train = ResNetTraining.Blocks) : Preset
{
    /// <summary>α = L^(−γ), kept exact (e.g. L = 10, γ = 1/2 gives 10^(−1/2), whose square 1/10 is rational).</summary>
    public static ResNet WithGamma(int blocks, Expr gamma, ResNetTraining train = ResNetTraining.Blocks) =>
        new(blocks, Number.Of(blocks).Pow(-gamma), gamma, train);

    /// <inheritdoc/>
    public override string Spec => (Gamma is null
        ? $"resnet(blocks={Blocks}, alpha={ConstantText.Format(Alpha)}"
        : $"resnet(blocks={Blocks}, gamma={ConstantText.Format(Gamma)}") + (Train == ResNetTraining.All ? ", train=all)" : ")");

    /// <inheritdoc/>
    public override string Description => Train == ResNetTraining.All
        ? $"{Spec}: FC ResNet with every layer trained (conv-dense.md §3.2), x₀ = W₀x, {Blocks} residual block(s) " +
          $"x + α·V·relu(√2·W·x) with α = {ConstantText.Format(Alpha)}, f = v·x_L/√n; raw Θ(x, x) = (1 + α²)^L(2 + 2Lα²/(1 + α²)) " +
          "(§3.3), normalised kernels divide by it. Inputs on the unit sphere, t = ⟨x, z⟩."
        : $"{Spec}: Huang/Belfer ResNet (fc-resnet.md §4.1), {Blocks} residual block(s) x + α·V·relu(√2·W·x) with " +
          $"α = {ConstantText.Format(Alpha)}; first layer A and last layer v fixed, W and V trained; raw Θ(x, x) = 2Lα²(1 + α²)^(L−1), " +
          "normalised kernels divide by it (Belfer's ResNTK, §5.1). Inputs on the unit sphere, t = ⟨x, z⟩.";

    /// <summary>dense(trained=false) → residual(dense → relu → dense, α)×L → dense(trained=false); with
    /// <see cref="ResNetTraining.All"/> the first and last dense layers are trained.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Blocks"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Blocks < 1) throw new InvalidOperationException($"resnet needs blocks ≥ 1, got {Blocks}.");
        var branch = new Serial([Dense.Default, new Nonlinearity(Relu.Instance), Dense.Default]);
        var outer = Train == ResNetTraining.All ? Dense.Default : Dense.Fixed;
        return new Serial([outer, new Repeat(new Residual(branch, Alpha), Blocks), outer]);
    }
}
