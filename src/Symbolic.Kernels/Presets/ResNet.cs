using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The residual network of Huang et al. 2020 and Belfer et al. 2021 (fc-resnet.md §4.1): x₀ = A·x (fixed),
/// xₗ = xₗ₋₁ + α·V_ℓ·relu(√2·W_ℓ·xₗ₋₁) for ℓ = 1…L (W_ℓ, V_ℓ trained; the √2 is ReLU's c_φ = 2), f = vᵀx_L (fixed).
/// <see cref="Blocks"/> = L counts residual blocks (2L trained matrices). The raw kernels are those of §4.2, with
/// Σ(x, x) = (1 + α²)^L and Θ(x, x) = 2Lα²(1 + α²)^(L−1) on the sphere; normalised they are Belfer's ResNTK (§5.1).
/// </summary>
/// <param name="Blocks">L ≥ 1 residual blocks.</param>
/// <param name="Alpha">α, the branch scale (exact: a rational, or a radical when α = L^(−γ) is irrational).</param>
/// <param name="Gamma">γ when α was given as L^(−γ) (for printing only), else null.</param>
public sealed record ResNet(int Blocks, Expr Alpha, Expr? Gamma = null) : Preset
{
    /// <summary>α = L^(−γ), kept exact (e.g. L = 10, γ = 1/2 gives 10^(−1/2), whose square 1/10 is rational).</summary>
    public static ResNet WithGamma(int blocks, Expr gamma) => new(blocks, Number.Of(blocks).Pow(-gamma), gamma);

    /// <inheritdoc/>
    public override string Spec => Gamma is null
        ? $"resnet(blocks={Blocks}, alpha={ConstantText.Format(Alpha)})"
        : $"resnet(blocks={Blocks}, gamma={ConstantText.Format(Gamma)})";

    /// <inheritdoc/>
    public override string Description =>
        $"{Spec}: Huang/Belfer ResNet (fc-resnet.md §4.1), {Blocks} residual block(s) x + α·V·relu(√2·W·x) with " +
        $"α = {ConstantText.Format(Alpha)}; first layer A and last layer v fixed, W and V trained; raw Θ(x, x) = 2Lα²(1 + α²)^(L−1), " +
        "normalised kernels divide by it (Belfer's ResNTK, §5.1). Inputs on the unit sphere, t = ⟨x, z⟩.";

    /// <summary>dense(trained=false) → residual(dense → relu → dense, α)×L → dense(trained=false).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Blocks"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Blocks < 1) throw new InvalidOperationException($"resnet needs blocks ≥ 1, got {Blocks}.");
        var branch = new Serial([Dense.Default, new Nonlinearity(Relu.Instance), Dense.Default]);
        return new Serial([Dense.Fixed, new Repeat(new Residual(branch, Alpha), Blocks), Dense.Fixed]);
    }
}
