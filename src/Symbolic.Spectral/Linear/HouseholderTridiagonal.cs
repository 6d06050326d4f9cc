namespace Symbolic.Spectral.Linear;

/// <summary>
/// Householder reduction of a symmetric matrix to tridiagonal form, Q ᵀAQ = T (LAPACK dsytd2 on the upper triangle,
/// read row-major: row k right of the diagonal is column k below it). Step k builds H = I − τvvᵀ from row k, forms
/// p = τA₂₂v, w = p − (τ/2)(pᵀv)v and updates A₂₂ ← A₂₂ − vwᵀ − wvᵀ. The update of step k is fused with the product
/// of step k + 1, so each step streams the trailing triangle through the cache once (4/3·n³ flops in all).
/// Backward stable: T is exactly similar to A + E with ‖E‖ = O(n·ε·‖A‖).
/// </summary>
internal static class HouseholderTridiagonal
{
    /// <summary>Trailing blocks with at least this many rows are split between two threads.</summary>
    private const int ParallelRows = 400;

    /// <summary>
    /// Reduces the upper triangle of the row-major n×n <paramref name="a"/> (destroyed) to the diagonal
    /// <paramref name="d"/> and off-diagonal <paramref name="e"/> (e[i] couples i and i + 1; e[n − 1] = 0).
    /// </summary>
    public static void Reduce(double[] a, int n, double[] d, double[] e)
    {
        var v = new double[n];
        var w = new double[n];
        var vPrev = new double[n];
        var wPrev = new double[n];
        var p = new double[n];
        var pSecond = new double[n];
        bool pending = false;
        for (int k = 0; k + 2 < n; k++)
        {
            d[k] = a[k * n + k];
            double tau = Reflector(a.AsSpan(k * n + k + 1, n - k - 1), v, k + 1, out e[k]);
            if (tau == 0)
            {
                // H = I: only the previous update remains to be applied.
                if (pending) FlushRows(a, n, k + 1, vPrev, wPrev);
                pending = false;
                continue;
            }
            double vPrevScale = pending ? 1 : 0;
            if (n - k - 1 >= ParallelRows)
            {
                int split = SplitRow(n, k + 1);
                Parallel.Invoke(
                    () => MultiplyRows(a, n, k + 1, split, vPrev, wPrev, vPrevScale, v, p),
                    () => MultiplyRows(a, n, split, n, vPrev, wPrev, vPrevScale, v, pSecond));
                for (int j = split; j < n; j++) p[j] += pSecond[j];
            }
            else MultiplyRows(a, n, k + 1, n, vPrev, wPrev, vPrevScale, v, p);

            // p = τA₂₂v, w = p − (τ/2)(pᵀv)v.
            double pv = 0;
            for (int j = k + 1; j < n; j++)
            {
                p[j] *= tau;
                pv += p[j] * v[j];
            }
            double half = tau / 2 * pv;
            for (int j = k + 1; j < n; j++) w[j] = p[j] - half * v[j];
            RowKernels.Update(a.AsSpan((k + 1) * n + k + 1, n - k - 1), v.AsSpan(k + 1), w.AsSpan(k + 1), v[k + 1], w[k + 1]);
            (v, vPrev) = (vPrev, v);
            (w, wPrev) = (wPrev, w);
            pending = true;
        }
        int last = Math.Max(n - 2, 0);
        if (pending) FlushRows(a, n, last + 1, vPrev, wPrev);
        for (int k = last; k < n; k++) d[k] = a[k * n + k];
        if (n >= 2) e[n - 2] = a[(n - 2) * n + n - 1];
        if (n >= 1) e[n - 1] = 0;
    }

    /// <summary>
    /// The Householder vector of x (LAPACK dlarfg): H·x = βe₁ with β = −sign(x₀)‖x‖, τ = (β − x₀)/β,
    /// v = (1, x₁/(x₀ − β), …) written to <paramref name="v"/>[offset…]; τ = 0 (H = I, β = x₀) when x₁… vanish.
    /// </summary>
    private static double Reflector(ReadOnlySpan<double> x, double[] v, int offset, out double beta)
    {
        double alpha = x[0];
        double tailSquares = 0;
        for (int j = 1; j < x.Length; j++) tailSquares += x[j] * x[j];
        if (tailSquares == 0)
        {
            beta = alpha;
            return 0;
        }
        beta = -Math.CopySign(double.Hypot(alpha, Math.Sqrt(tailSquares)), alpha);
        double scale = 1 / (alpha - beta);
        v[offset] = 1;
        for (int j = 1; j < x.Length; j++) v[offset + j] = x[j] * scale;
        return (beta - alpha) / beta;
    }

    /// <summary>
    /// Rows [from, to) of the trailing block: apply the pending update (scaled by 0 or 1) and accumulate p = A₂₂v
    /// (p is cleared over [from, n) first).
    /// </summary>
    private static void MultiplyRows(double[] a, int n, int from, int to, double[] vPrev, double[] wPrev, double pendingScale,
        double[] v, double[] p)
    {
        Array.Clear(p, from, n - from);
        for (int i = from; i < to; i++)
        {
            double vPrevI = pendingScale * vPrev[i], wPrevI = pendingScale * wPrev[i];
            int diagonal = i * n + i;
            double aii = a[diagonal] - 2 * vPrevI * wPrevI;
            a[diagonal] = aii;
            int tail = n - i - 1;
            double dot = RowKernels.UpdateMultiply(a.AsSpan(diagonal + 1, tail), vPrev.AsSpan(i + 1, tail), wPrev.AsSpan(i + 1, tail),
                vPrevI, wPrevI, v.AsSpan(i + 1, tail), v[i], p.AsSpan(i + 1, tail));
            p[i] += aii * v[i] + dot;
        }
    }

    /// <summary>Applies the update (v, w) to rows [from, n) of the upper triangle.</summary>
    private static void FlushRows(double[] a, int n, int from, double[] v, double[] w)
    {
        for (int i = from; i < n; i++) RowKernels.Update(a.AsSpan(i * n + i, n - i), v.AsSpan(i), w.AsSpan(i), v[i], w[i]);
    }

    /// <summary>The row r splitting rows [from, n) into halves of equal work (row i costs n − i): n − r = (n − from)/√2.</summary>
    private static int SplitRow(int n, int from) => n - (int)((n - from) / Math.Sqrt(2));
}
