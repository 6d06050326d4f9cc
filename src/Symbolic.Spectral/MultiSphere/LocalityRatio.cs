namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// A locality ratio R(k_near, k_far) = λ(k_near)/λ(k_far) of two frequency patterns with the same |k| and different
/// spatial spread (conv-dense.md §2.7): residual kernels weight shallow paths, so their ratios exceed the CNN's.
/// </summary>
/// <param name="Name">What the pair compares.</param>
/// <param name="Near">The compact pattern.</param>
/// <param name="Far">The spread-out pattern.</param>
/// <param name="Value">λ(Near)/λ(Far).</param>
public sealed record LocalityRatio(string Name, int[] Near, int[] Far, double Value)
{
    /// <summary>R(near, far) from a computed spectrum.</summary>
    public static LocalityRatio Of(MultiSphereEigenvalues eigenvalues, string name, int[] near, int[] far)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        return new LocalityRatio(name, near, far, eigenvalues[near] / eigenvalues[far]);
    }

    /// <summary>
    /// The three ratios of the §2.7 table (d ≥ 4, K ≥ 1): adjacent vs distance-2 pair λ(e₀+e₁)/λ(e₀+e₂); far vs near
    /// single pixel λ(e₂)/λ(e₁); pair inside a patch vs pair in the top window only λ(e₀+e₁)/λ(e₁+e₃).
    /// </summary>
    public static IReadOnlyList<LocalityRatio> Standard(MultiSphereEigenvalues eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Pixels < 4 || eigenvalues.MaxFrequency < 1) return [];
        int[] E(params int[] pixels)
        {
            var k = new int[eigenvalues.Pixels];
            foreach (var p in pixels) k[p] = 1;
            return k;
        }

        return
        [
            Of(eigenvalues, "adjacent pair / distance-2 pair", E(0, 1), E(0, 2)),
            Of(eigenvalues, "far pixel / near pixel", E(2), E(1)),
            Of(eigenvalues, "pair in a patch / pair in the top window only", E(0, 1), E(1, 3)),
        ];
    }
}
