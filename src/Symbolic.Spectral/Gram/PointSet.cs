using System.Diagnostics.CodeAnalysis;

namespace Symbolic.Spectral.Gram;

/// <summary>
/// n points of ℝ^d stored row-major (point i is <c>Row(i)</c>). The kernels are zonal on the unit sphere, so
/// <see cref="TryNormalize"/> divides every row by its Euclidean norm: x ↦ x/‖x‖, and ⟨x/‖x‖, z/‖z‖⟩ is the cosine t.
/// A zero row has no direction and is refused (by index), never silently dropped.
/// </summary>
public sealed class PointSet
{
    private readonly double[] _data;

    /// <summary>Wraps <paramref name="data"/> (row-major, length n·d; not copied).</summary>
    /// <exception cref="ArgumentException">The length is not <paramref name="count"/>·<paramref name="dimension"/>.</exception>
    public PointSet(double[] data, int count, int dimension)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if ((long)count * dimension != data.Length)
            throw new ArgumentException($"{data.Length} values do not form {count} rows of {dimension}.", nameof(data));
        (_data, Count, Dimension) = (data, count, dimension);
    }

    /// <summary>The number of points n.</summary>
    public int Count { get; }

    /// <summary>The dimension d of each point.</summary>
    public int Dimension { get; }

    /// <summary>The row-major values (n·d).</summary>
    public ReadOnlySpan<double> Data => _data;

    /// <summary>Point <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Row(int index) => _data.AsSpan(index * Dimension, Dimension);

    /// <summary>
    /// The points projected on the unit sphere, x/‖x‖, or an error naming the first zero (or non-finite) rows
    /// (0-based) when some row has no direction.
    /// </summary>
    public bool TryNormalize([NotNullWhen(true)] out PointSet? normalized, [NotNullWhen(false)] out string? error)
    {
        var result = new double[_data.Length];
        var bad = new List<int>();
        for (int i = 0; i < Count; i++)
        {
            var row = Row(i);
            double sum = 0;
            foreach (var v in row) sum += v * v;
            double norm = Math.Sqrt(sum);
            if (!(norm > 0) || !double.IsFinite(norm))
            {
                bad.Add(i);
                continue;
            }
            var target = result.AsSpan(i * Dimension, Dimension);
            for (int k = 0; k < Dimension; k++) target[k] = row[k] / norm;
        }
        if (bad.Count == 0)
        {
            (normalized, error) = (new PointSet(result, Count, Dimension), null);
            return true;
        }
        var shown = string.Join(", ", bad.Take(5));
        var more = bad.Count > 5 ? $" and {bad.Count - 5} more" : "";
        error = $"{bad.Count} row(s) are zero or not finite and cannot be put on the unit sphere (0-based rows {shown}{more})";
        normalized = null;
        return false;
    }
}
