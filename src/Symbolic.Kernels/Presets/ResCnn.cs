using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// The canonical convolutional ResNet of conv-dense.md §2.1 (Barzilai et al. 2022 as parameterised there), NTK
/// parameterisation, all weights N(0, 1), circular padding:
/// x⁽⁰⁾ = W₀ ⋆ x/√q₀ (linear embedding, filter q₀); x⁽ˡ⁾ = x⁽ˡ⁻¹⁾ + α·V_l ⋆ relu(√(2/(qC))·W_l ⋆ x⁽ˡ⁻¹⁾)/√(q_v·C), l = 1…L;
/// f = v·head(x⁽ᴸ⁾)/√C. Expansion: conv(q=q₀) → residual(serial(conv(q), relu, conv(q=q_v)), alpha=α)×L → head → dense.
/// The He factor 2 is relu's c_φ = 2 (<see cref="Relu"/>), so every conv has σ_w² = 1 and the recursion is exactly §2.2
/// (K⁽ˡ⁾ = K⁽ˡ⁻¹⁾ + α²·𝒜_{q_v}Φ(𝒜_q K⁽ˡ⁻¹⁾)) and §2.3 (Θ⁽ˡ⁾ = Θ⁽ˡ⁻¹⁾ + α²·𝒜_{q_v}[P + κ₀ ⊙ (Σ + 𝒜_qΘ⁽ˡ⁻¹⁾)],
/// NTK = head(Θ⁽ᴸ⁾) + head(K⁽ᴸ⁾)). <see cref="TrainAll"/> = false freezes the embedding and the readout (§5.1 "only the
/// blocks trained"); <see cref="Skip"/> = false removes the skip connections (block = the branch alone, no α).
/// </summary>
/// <param name="Blocks">L ≥ 1 residual blocks.</param>
/// <param name="Alpha">α, the branch scale (ignored, and printed not, without the skip).</param>
/// <param name="Filter">q, the filter of the block's first conv.</param>
/// <param name="EmbeddingFilter">q₀, the embedding's filter.</param>
/// <param name="BranchFilter">q_v, the filter of the block's second conv.</param>
/// <param name="Head">The readout head.</param>
/// <param name="TrainAll">Whether the embedding and the readout are trained too (else only the blocks).</param>
/// <param name="Skip">Whether the blocks have their skip connection.</param>
public sealed record ResCnn(int Blocks, Expr Alpha, int Filter = 3, int EmbeddingFilter = 1, int BranchFilter = 1,
                            ConvHead Head = ConvHead.Eq, bool TrainAll = true, bool Skip = true) : Preset
{
    /// <inheritdoc/>
    public override string Spec =>
        $"rescnn(blocks={Blocks}{(Skip ? $", alpha={ConstantText.Format(Alpha)}" : "")}, q={Filter}, q0={EmbeddingFilter}, qv={BranchFilter}, " +
        $"head={ConvPresets.Name(Head)}, train={(TrainAll ? "all" : "blocks")}{(Skip ? "" : ", skip=false")})";

    /// <summary>The exact diagonals K(x, x), Θ(x, x) on the multi-sphere (conv-dense.md §2.2–2.3 "Diagonal").</summary>
    public (Expr Nngp, Expr Ntk) Diagonals
    {
        get
        {
            var l = Number.Of(Blocks);
            if (!Skip) return (Number.One, TrainAll ? 2 * l + 2 : 2 * l);
            var a2 = Alpha.Pow(2);
            var gp = (1 + a2).Pow(Blocks);
            return (gp, TrainAll ? gp * (2 + 2 * l * a2 / (1 + a2)) : 2 * l * a2 * (1 + a2).Pow(Blocks - 1));
        }
    }

    /// <inheritdoc/>
    public override string Description
    {
        get
        {
            var (gp, ntk) = Diagonals;
            string block = Skip ? $"x + α·V ⋆ relu(W ⋆ x) with α = {ConstantText.Format(Alpha)}" : "V ⋆ relu(W ⋆ x) (skip removed)";
            return $"{Spec}: convolutional ResNet (conv-dense.md §2.1), circular padding, {Blocks} block(s) {block}; W filter q = {Filter}, " +
                   $"V filter q_v = {BranchFilter}, linear embedding filter q0 = {EmbeddingFilter}; relu c = 2 (He), every conv σ_w² = 1; " +
                   $"{(TrainAll ? "all layers trained" : "only the blocks trained (embedding and readout fixed)")}; head {ConvPresets.Name(Head)} then a dense readout. " +
                   $"Exact diagonals K(x, x) = {ConstantText.Format(gp)}, Θ(x, x) = {ConstantText.Format(ntk)}: {ConvPresets.DiagonalScope(Head)}. " +
                   "Images C0 × d, Γ_ij = ⟨x_i, z_j⟩ (pixels on the unit sphere).";
        }
    }

    /// <summary>conv(q=q₀) → residual(serial(conv(q), relu, conv(q=q_v)), α)×L → head → dense (fixed ends with train=blocks).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Blocks"/> is below 1.</exception>
    public override Layer Expand()
    {
        if (Blocks < 1) throw new InvalidOperationException($"rescnn needs blocks ≥ 1, got {Blocks}.");
        var branch = new Serial([new Conv(Filter, Number.One, Number.Zero), new Nonlinearity(Relu.Instance), new Conv(BranchFilter, Number.One, Number.Zero)]);
        Layer block = Skip ? new Residual(branch, Alpha) : branch;
        return new Serial([new Conv(EmbeddingFilter, Number.One, Number.Zero, TrainAll), new Repeat(block, Blocks),
                           ConvPresets.HeadLayer(Head), ConvPresets.Readout(TrainAll)]);
    }
}
