using System.Globalization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// Eigenvalues of an Eq kernel on the torus MS(2, d) = (S¹)^d (conv-dense.md §2.5, "C0 = 2 shortcut"): with pixels
/// (cos θᵢ, sin θᵢ) and tᵢ = cos(θᵢ − θ'ᵢ), λ_k = (2π)^(−d)∫F(cos φ)e^(−ik·φ)dφ = π^(−d)∫_([0,π]^d) F(cos φ)∏ᵢcos(kᵢφᵢ)dφ,
/// computed by the trapezoid rule with M intervals per axis (M + 1 nodes, end weights ½), i.e. a type-I discrete cosine
/// transform contracted one axis at a time. The rule returns the aliased sum Σ_(m ≡ ±k mod 2M) λ_m, so its error is
/// about λ_(2M−K) (algebraic, since F is non-analytic where a window is aligned, §2.6); the estimate is
/// |λ_k(M) − λ_k(M/2)| (the error of the coarse rule, hence conservative) plus a round-off floor.
/// </summary>
public static class TorusSpectrum
{
    /// <summary>The largest grid (M + 1)^d accepted (about a minute of kernel evaluations for a deep net).</summary>
    public const double MaxGridPoints = 5e7;

    /// <summary>How many grid rows (of M + 1 points) are handed to the kernel per call.</summary>
    private const int RowsPerBatch = 64;

    /// <summary>The default M: the smallest power of two ≥ max(16, 4K), so aliasing starts beyond frequency 7K.</summary>
    public static int DefaultIntervals(int maxFrequency)
    {
        var m = 16;
        while (m < 4 * maxFrequency) m *= 2;
        return m;
    }

    /// <summary>Null when (d, K, M) are acceptable (d ≥ 1, K ≥ 0, M ≥ max(2, K + 1) even, (M + 1)^d ≤ <see cref="MaxGridPoints"/>), else a message.</summary>
    public static string? CheckArguments(int pixels, int maxFrequency, int intervals) =>
        pixels < 1 ? $"The number of pixels d must be at least 1; got {pixels}."
        : maxFrequency < 0 ? $"The maximal frequency K must be non-negative; got {maxFrequency}."
        : intervals < Math.Max(2, maxFrequency + 1) || intervals % 2 != 0
            ? $"The grid needs an even number of intervals M > K; got M = {intervals}, K = {maxFrequency}."
        : Math.Pow(intervals + 1, pixels) > MaxGridPoints
            ? $"The grid (M+1)^d = {Math.Pow(intervals + 1, pixels).ToString("G3", CultureInfo.InvariantCulture)} points exceeds {MaxGridPoints.ToString("G3", CultureInfo.InvariantCulture)}; lower d, K or M."
        : null;

    /// <summary>
    /// λ_k for k ∈ {0 … K}^d on M intervals per axis (default <see cref="DefaultIntervals"/>), with error estimates from
    /// the M/2 rule.
    /// </summary>
    /// <exception cref="ArgumentException">When <see cref="CheckArguments"/> rejects the arguments.</exception>
    public static MultiSphereEigenvalues Compute(EqKernelBatch kernel, int pixels, int maxFrequency, int? intervals = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var m = intervals ?? DefaultIntervals(maxFrequency);
        if (CheckArguments(pixels, maxFrequency, m) is { } error) throw new ArgumentException(error);
        var (fine, magnitude) = Transform(kernel, pixels, maxFrequency, m);
        var coarseIntervals = m / 2 > maxFrequency ? m / 2 : m;
        var (coarse, _) = coarseIntervals == m ? (fine, magnitude) : Transform(kernel, pixels, maxFrequency, coarseIntervals);
        var floor = 64 * 2.220446049250313e-16 * magnitude;
        var errors = new double[fine.Length];
        for (var i = 0; i < fine.Length; i++) errors[i] = Math.Abs(fine[i] - coarse[i]) + floor;
        return new MultiSphereEigenvalues(2, pixels, maxFrequency, fine, errors,
            string.Create(CultureInfo.InvariantCulture, $"torus cosine transform, M = {m} (error from M = {coarseIntervals})"));
    }

    /// <summary>The (K+1)^d cosine coefficients on M intervals and max |F| on the grid.</summary>
    private static (double[] Values, double Magnitude) Transform(EqKernelBatch kernel, int d, int maxFrequency, int m)
    {
        int nodes = m + 1, frequencies = maxFrequency + 1;
        var cosines = new double[nodes];
        var weights = new double[frequencies, nodes]; // C[k, j] = w_j cos(kπj/M)/M
        for (var j = 0; j < nodes; j++)
        {
            cosines[j] = Math.Cos(Math.PI * j / m);
            var w = (j == 0 || j == m ? 0.5 : 1.0) / m;
            for (var k = 0; k < frequencies; k++) weights[k, j] = w * Math.Cos(Math.PI * ((long)k * j % (2L * m)) / m);
        }

        var rows = 1;
        for (var a = 0; a < d - 1; a++) rows *= nodes;
        var tensor = new double[(long)rows * frequencies];
        var magnitude = 0.0;
        var batchRows = Math.Min(RowsPerBatch, rows);
        var points = new double[batchRows * nodes * d];
        var values = new double[batchRows * nodes];
        var index = new int[d];
        for (var first = 0; first < rows; first += batchRows)
        {
            var count = Math.Min(batchRows, rows - first);
            for (var r = 0; r < count; r++)
            {
                var rest = first + r;
                for (var a = d - 2; a >= 0; a--)
                {
                    index[a] = rest % nodes;
                    rest /= nodes;
                }

                for (var j = 0; j < nodes; j++)
                {
                    var offset = (r * nodes + j) * d;
                    for (var a = 0; a < d - 1; a++) points[offset + a] = cosines[index[a]];
                    points[offset + d - 1] = cosines[j];
                }
            }

            kernel(points.AsSpan(0, count * nodes * d), values.AsSpan(0, count * nodes));
            for (var r = 0; r < count; r++)
                for (var k = 0; k < frequencies; k++)
                {
                    var s = 0.0;
                    for (var j = 0; j < nodes; j++) s += weights[k, j] * values[r * nodes + j];
                    tensor[(long)(first + r) * frequencies + k] = s;
                }

            for (var p = 0; p < count * nodes; p++) magnitude = Math.Max(magnitude, Math.Abs(values[p]));
        }

        // Contract the remaining axes d−2 … 0: shape (outer, M+1, inner) → (outer, K+1, inner).
        var inner = frequencies;
        for (var axis = d - 2; axis >= 0; axis--)
        {
            var outer = 1;
            for (var a = 0; a < axis; a++) outer *= nodes;
            var next = new double[(long)outer * frequencies * inner];
            for (var o = 0; o < outer; o++)
                for (var k = 0; k < frequencies; k++)
                    for (var j = 0; j < nodes; j++)
                    {
                        var w = weights[k, j];
                        long source = ((long)o * nodes + j) * inner, target = ((long)o * frequencies + k) * inner;
                        for (var i = 0; i < inner; i++) next[target + i] += w * tensor[source + i];
                    }

            tensor = next;
            inner *= frequencies;
        }

        return (tensor, magnitude);
    }
}
