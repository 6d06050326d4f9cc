namespace Symbolic.Testing;

/// <summary>Numeric comparison helpers for tests.</summary>
public static class Tolerance
{
    /// <summary>|a − b| ≤ abs + rel·max(|a|, |b|); NaN equals NaN, equal infinities are equal.</summary>
    public static bool Close(double a, double b, double relative = 1e-9, double absolute = 1e-12)
    {
        if (double.IsNaN(a) || double.IsNaN(b)) return double.IsNaN(a) && double.IsNaN(b);
        if (double.IsInfinity(a) || double.IsInfinity(b)) return a == b;
        return Math.Abs(a - b) <= absolute + relative * Math.Max(Math.Abs(a), Math.Abs(b));
    }
}
