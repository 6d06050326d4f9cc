namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The decay rule of conv-dense.md §2.6 (derived, checked numerically): along rays k → ∞,
/// λ_k ≍ |k|^(−(|W|(C0 − 1) + 2s)), W the smallest <see cref="HierarchicalWindow"/> containing supp(k), s = 3/2 (GP),
/// 1/2 (NTK); residual and plain nets share it. Plus the exact zeros: λ_k = 0 outside the receptive field (§2.5), and
/// for L = 1 at odd single-pixel frequencies ≥ 3 (parity: beyond degree 1 the L = 1 kernels have only even powers).
/// </summary>
public static class DecayRule
{
    /// <summary>The predicted exponent |W|(C0 − 1) + 2s, or null when k = 0 or λ_k = 0 by the receptive field.</summary>
    public static double? PredictedExponent(CanonicalConvNet net, int channels, IReadOnlyList<int> frequency)
    {
        ArgumentNullException.ThrowIfNull(net);
        var window = HierarchicalWindow.Smallest(frequency, net.Filter, net.Blocks);
        return window is null ? null : window.Size * (channels - 1) + 2 * net.EndPointExponent;
    }

    /// <summary>
    /// True when λ_k = 0 exactly: supp(k) outside the receptive field, or L = 1 and |k|₁ odd ≥ 3 (e.g. 3e₀).
    /// (For L ≥ 2 products of the linear and even parts create odd terms, so odd single-pixel eigenvalues are positive.)
    /// </summary>
    public static bool PredictedZero(CanonicalConvNet net, IReadOnlyList<int> frequency)
    {
        ArgumentNullException.ThrowIfNull(net);
        ArgumentNullException.ThrowIfNull(frequency);
        var support = frequency.Where(k => k != 0).Select(Math.Abs).ToArray();
        if (support.Length == 0) return false;
        if (HierarchicalWindow.Smallest(frequency, net.Filter, net.Blocks) is null) return true;
        var total = support.Sum();
        return net.Blocks == 1 && total >= 3 && total % 2 == 1;
    }

    /// <summary>
    /// Local log–log slopes along the ray m·k̂: slopeⱼ = −ln(λ(m_(j+1)k̂)/λ(mⱼk̂))/ln(m_(j+1)/mⱼ) for consecutive
    /// multipliers (compare with the predicted exponent; §2.6 quotes d = 3, q = 3, L = 1 values).
    /// </summary>
    public static double[] LocalSlopes(MultiSphereEigenvalues eigenvalues, IReadOnlyList<int> direction, IReadOnlyList<int> multipliers)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        ArgumentNullException.ThrowIfNull(direction);
        ArgumentNullException.ThrowIfNull(multipliers);
        double At(int m) => eigenvalues[[.. direction.Select(k => k * m)]];
        return [.. Enumerable.Range(0, Math.Max(0, multipliers.Count - 1)).Select(j =>
            -Math.Log(At(multipliers[j + 1]) / At(multipliers[j])) / Math.Log((double)multipliers[j + 1] / multipliers[j]))];
    }
}
