using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Derivation;

/// <summary>
/// One step of a kernel recursion: a layer (or a fan-out … fan-in group), its formulas in the previous step's values,
/// and the running closed form. Σ and Θ of the previous step appear as the symbols <see cref="PreviousNngp"/> and
/// <see cref="PreviousNtk"/> (Sigma_{i−1}, Theta_{i−1}; the input t or an exact number when the previous value is one),
/// while the diagonals, known exactly, appear as numbers — e.g. for fc: Σᵢ = κ₁(Σᵢ₋₁), Θᵢ = Θᵢ₋₁κ₀(Σᵢ₋₁) + Σᵢ.
/// </summary>
/// <param name="Index">i, from 1.</param>
/// <param name="Layer">The layer applied at this step.</param>
/// <param name="PreviousNngp">The expression standing for Σᵢ₋₁ in <paramref name="Nngp"/> and <paramref name="Ntk"/>.</param>
/// <param name="PreviousNtk">The expression standing for Θᵢ₋₁ in <paramref name="Ntk"/>.</param>
/// <param name="Nngp">Σᵢ as a formula in Σᵢ₋₁ (guards min(1, max(−1, ρ)) removed: see <see cref="Activations.GaussianPair"/>).</param>
/// <param name="Ntk">Θᵢ as a formula in Σᵢ₋₁ and Θᵢ₋₁ (guards removed).</param>
/// <param name="NngpDiagonal">Σᵢ(x, x), exact.</param>
/// <param name="NtkDiagonal">Θᵢ(x, x), exact.</param>
/// <param name="State">The kernels after this step as closed forms in t (guarded, one shared DAG).</param>
public sealed record KernelStep(
    int Index,
    Layer Layer,
    Expr PreviousNngp,
    Expr PreviousNtk,
    Expr Nngp,
    Expr Ntk,
    Expr NngpDiagonal,
    Expr NtkDiagonal,
    KernelState State)
{
    /// <summary>The layer's spec text.</summary>
    public string Label => Layer.Spec;

    /// <summary>The symbol naming Σᵢ, e.g. <c>Sigma_3</c>.</summary>
    public Symbol NngpSymbol => Symbol.Of($"Sigma_{Index}");

    /// <summary>The symbol naming Θᵢ, e.g. <c>Theta_3</c>.</summary>
    public Symbol NtkSymbol => Symbol.Of($"Theta_{Index}");
}
