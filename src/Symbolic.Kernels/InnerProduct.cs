using System.Collections.Immutable;
using System.Globalization;

namespace Symbolic.Kernels;

/// <summary>Validation of the kernel argument t = ⟨x, z⟩ for inputs on the unit sphere, t ∈ [−1, 1].</summary>
public static class InnerProduct
{
    /// <summary>Null when −1 ≤ t ≤ 1, else a one-line error naming the value and the range.</summary>
    public static string? Check(double t) =>
        t is >= -1 and <= 1 ? null
        : $"t must be in [-1, 1] (the inner product of two unit vectors), got {t.ToString("R", CultureInfo.InvariantCulture)}";

    /// <summary>Parses a comma-separated list such as <c>0.3,0.9,-1</c> (invariant culture), checking each value.</summary>
    public static bool TryParseList(string text, out ImmutableArray<double> values, out string? error)
    {
        values = [];
        error = null;
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.All(p => p.Length == 0))
        {
            error = "t needs at least one value in [-1, 1], e.g. --t 0.3,0.9,-1";
            return false;
        }
        var builder = ImmutableArray.CreateBuilder<double>(parts.Length);
        foreach (var part in parts)
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !double.IsFinite(t))
            {
                error = $"t must be a number in [-1, 1], got '{part}'";
                return false;
            }
            if (Check(t) is { } message)
            {
                error = message;
                return false;
            }
            builder.Add(t);
        }
        values = builder.ToImmutable();
        return true;
    }
}
