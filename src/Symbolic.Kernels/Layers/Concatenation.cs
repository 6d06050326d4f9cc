using Symbolic.Core.Algebra;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels.Layers;

/// <summary>
/// The kernel of a concatenated signal [y₁; …; yₙ] with relative widths wᵢ (conv-dense.md §3.3): a dense layer after it
/// normalises by its fan-in N = Σ wᵢ·m, so it sees the channel-weighted average K = Σᵢ (wᵢ/W)·Kᵢ, W = Σ wᵢ, of the parts'
/// kernels (Σ, Θ and the diagonals alike). No cross-covariance enters: the channels stay separate. Pointwise layers act
/// on each part (<see cref="Map(KernelState, Func{KernelState, KernelState}, KernelState)"/>), since φ([Y; y]) = [φ(Y); φ(y)].
/// </summary>
internal static class Concatenation
{
    /// <summary>The concatenation of <paramref name="parts"/>: Σ = Σᵢ (wᵢ/W)Σᵢ, Θ = Σᵢ (wᵢ/W)Θᵢ, diagonals alike, width W,
    /// with the other fields of <paramref name="template"/>.</summary>
    /// <remarks>The averages are stored as √(ab)·g(K/√(ab)) with the guards of <see cref="GaussianPair.Bounded"/> (valid by
    /// Cauchy–Schwarz: Σᵢ cᵢ√(aᵢbᵢ) ≤ √(Σcᵢaᵢ·Σcᵢbᵢ)); without them the canonical sum would flatten the DenseNet recursion
    /// Qₗ = (l·Qₗ₋₁ + Φ(Qₗ₋₁))/(l + 1) into O(L²) terms.</remarks>
    public static KernelState Of(IReadOnlyList<KernelState> parts, KernelState template)
    {
        var total = Algebra.Add([.. parts.Select(p => p.Width)]);
        var weights = parts.Select(p => p.Width / total).ToArray();
        Expr Average(Func<KernelState, Expr> field) => Algebra.Add([.. parts.Select((p, i) => weights[i] * field(p))]);
        var var1 = Average(p => p.Var1);
        var ntkVar1 = Average(p => p.NtkVar1);
        var average = template with
        {
            Var1 = var1,
            Var2 = parts.All(p => ReferenceEquals(p.Var1, p.Var2)) ? var1 : Average(p => p.Var2),
            NtkVar1 = ntkVar1,
            NtkVar2 = parts.All(p => ReferenceEquals(p.NtkVar1, p.NtkVar2)) ? ntkVar1 : Average(p => p.NtkVar2),
            Width = total,
            Parts = [.. parts],
            Branches = [],
        };
        // The diagonals above are final (possibly rounded to floats by KernelState); scale by those.
        return average with
        {
            Nngp = GaussianPair.Bounded(Average(p => p.Nngp), GaussianPair.Scale(average.Var1, average.Var2), snap: true),
            Ntk = GaussianPair.Bounded(Average(p => p.Ntk), GaussianPair.Scale(average.NtkVar1, average.NtkVar2), snap: false),
        };
    }

    /// <summary>The numeric twin of <see cref="Of(IReadOnlyList{KernelState}, KernelState)"/>: Kᵢ averaged with weights wᵢ/W.</summary>
    public static NumericKernelState Of(IReadOnlyList<NumericKernelState> parts, NumericKernelState template)
    {
        double total = parts.Sum(p => p.Width);
        double Average(Func<NumericKernelState, double> field) => parts.Sum(p => p.Width / total * field(p));
        return template with
        {
            Nngp = Average(p => p.Nngp),
            Ntk = Average(p => p.Ntk),
            Var1 = Average(p => p.Var1),
            Var2 = Average(p => p.Var2),
            NtkVar1 = Average(p => p.NtkVar1),
            NtkVar2 = Average(p => p.NtkVar2),
            QuadratureError = Math.Max(template.QuadratureError, parts.Max(p => p.QuadratureError)),
            Width = total,
            Parts = [.. parts],
            Branches = [],
        };
    }

    /// <summary>A pointwise layer on a concatenated signal: <paramref name="layer"/> applied to every part, then averaged
    /// again (parts of parts recursively, through <paramref name="layer"/> itself).</summary>
    public static KernelState Map(KernelState k, Func<KernelState, KernelState> layer, KernelState template) =>
        Of([.. k.Parts.Select(layer)], template);

    /// <summary>The numeric twin of <see cref="Map(KernelState, Func{KernelState, KernelState}, KernelState)"/>.</summary>
    public static NumericKernelState Map(NumericKernelState k, Func<NumericKernelState, NumericKernelState> layer, NumericKernelState template) =>
        Of([.. k.Parts.Select(layer)], template);
}
