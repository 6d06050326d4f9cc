using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The plain convolutional baseline of conv-dense.md §2.1 (Arora/Geifman type, same embedding as <see cref="ResCnn"/>):
/// r⁽⁰⁾ = W₀ ⋆ x/√q₀; r⁽ˡ⁾ = relu(√(2/(qC))·W_l ⋆ r⁽ˡ⁻¹⁾), l = 1…L; f = v·head(r⁽ᴸ⁾)/√C. Expansion: conv(q=q₀) →
/// (conv(q) → relu)×L → head → dense. Kernels (§2.2–2.3): K⁽ˡ⁾ = Φ(𝒜_q K⁽ˡ⁻¹⁾) (CGPK), Θ⁽ˡ⁾ = κ₀ ⊙ (Σ⁽ˡ⁾ + 𝒜_qΘ⁽ˡ⁻¹⁾)
/// (CNTK), NTK = head(Θ⁽ᴸ⁾) + head(K⁽ᴸ⁾); on the multi-sphere K(x, x) = 1 and Θ(x, x) = L + 2 (L when only the blocks
/// are trained).
/// </summary>
/// <param name="Layers">L ≥ 1 conv → relu layers.</param>
/// <param name="Filter">q.</param>
/// <param name="EmbeddingFilter">q₀.</param>
/// <param name="Head">The readout head.</param>
/// <param name="TrainAll">Whether the embedding and readout are trained too.</param>
public sealed record Cnn(int Layers, int Filter = 3, int EmbeddingFilter = 1, ConvHead Head = ConvHead.Eq, bool TrainAll = true) : Preset
{
    /// <inheritdoc/>
    public override string Spec =>
        $"cnn(layers={Layers}, q={Filter}, q0={EmbeddingFilter}, head={ConvPresets.Name(Head)}, train={(TrainAll ? "all" : "blocks")})";

    /// <summary>The exact diagonals K(x, x) = 1, Θ(x, x) = L + 2 (L with train=blocks) on the multi-sphere (§2.3 "Diagonal").</summary>
    public (Expr Nngp, Expr Ntk) Diagonals => (Number.One, Number.Of(TrainAll ? Layers + 2 : Layers));

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            var (gp, ntk) = Diagonals;
            return $"{Spec}: plain CNN (conv-dense.md §2.1), circular padding, linear embedding filter q0 = {EmbeddingFilter}, then {Layers} × " +
                   $"(conv filter q = {Filter} → relu), relu c = 2 (He), every conv σ_w² = 1; " +
                   $"{(TrainAll ? "all layers trained" : "only the conv layers trained (embedding and readout fixed)")}; head {ConvPresets.Name(Head)} then a dense readout. " +
                   $"Exact diagonals K(x, x) = {ConstantText.Format(gp)}, Θ(x, x) = {ConstantText.Format(ntk)}: {ConvPresets.DiagonalScope(Head)}. " +
                   "Images C0 × d, Γ_ij = ⟨x_i, z_j⟩ (pixels on the unit sphere).";
        }
    }

    /// <summary>conv(q=q₀) → (conv(q) → relu)×L → head → dense.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Layers"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Layers < 1) throw new InvalidOperationException($"cnn needs layers ≥ 1, got {Layers}.");
        var layer = new Serial([new Conv(Filter, Number.One, Number.Zero), new Nonlinearity(Relu.Instance)]);
        return new Serial([new Conv(EmbeddingFilter, Number.One, Number.Zero, TrainAll), new Repeat(layer, Layers),
                           ConvPresets.HeadLayer(Head), ConvPresets.Readout(TrainAll)]);
    }
}
