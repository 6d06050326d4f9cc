namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// A window of the computation hierarchy feeding output pixel 0 (conv-dense.md §2.6): at level j (1 ≤ j ≤ L) a block
/// of 1 + j(q − 1) consecutive pixels (circular) centred at c with |c| ≤ (L − j)(q − 1)/2; level L is the receptive
/// field. The kernel is non-analytic exactly where all pixels of a window are aligned (xᵢ = zᵢ).
/// </summary>
/// <param name="Level">The level j ≥ 1 (the first nonlinearity acts on level-1 patches).</param>
/// <param name="Centre">The centre pixel offset c (between −(d−1)/2 and d/2 … taken mod d for indexing).</param>
/// <param name="Size">|W|, the number of distinct pixels min(1 + j(q − 1), d).</param>
public sealed record HierarchicalWindow(int Level, int Centre, int Size)
{
    /// <summary>
    /// The smallest window containing supp(k) = {i : kᵢ ≠ 0}, or null when k = 0 or supp(k) is not inside the receptive
    /// field (then λ_k = 0, §2.5).
    /// </summary>
    public static HierarchicalWindow? Smallest(IReadOnlyList<int> frequency, int filter, int blocks)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        var d = frequency.Count;
        var support = Enumerable.Range(0, d).Where(i => frequency[i] != 0).ToArray();
        if (support.Length == 0) return null;
        var half = (filter - 1) / 2;
        for (var level = 1; level <= blocks; level++)
        {
            var reach = (long)level * half;
            var size = (int)Math.Min(d, 1 + 2 * reach);
            var range = (long)(blocks - level) * half;
            for (var centre = -Math.Min(range, d); centre <= Math.Min(range, d); centre++)
            {
                if (support.All(i => CircularDistance(i, (int)centre, d) <= reach))
                    return new HierarchicalWindow(level, (int)centre, size);
            }
        }

        return null;
    }

    private static long CircularDistance(int i, int centre, int d)
    {
        var difference = (((i - centre) % d) + d) % d;
        return Math.Min(difference, d - difference);
    }
}
