using MathNet.Numerics;

namespace Symbolic.MonteCarlo.Studies;

/// <summary>
/// A least-squares straight line y = a + b·x with the standard errors of a and b and the coefficient of determination.
/// Weighted (weights wᵢ = 1/σᵢ², standard errors from the σᵢ) when the points carry error bars; otherwise ordinary
/// (MathNet's <see cref="Fit.Line"/>, standard errors from the residual variance).
/// </summary>
/// <param name="Intercept">a.</param>
/// <param name="Slope">b.</param>
/// <param name="InterceptError">Standard error of a.</param>
/// <param name="SlopeError">Standard error of b.</param>
/// <param name="RSquared">R² of the fit (1 − residual/total sum of squares, weighted alike).</param>
public sealed record LineFit(double Intercept, double Slope, double InterceptError, double SlopeError, double RSquared)
{
    /// <summary>The ordinary least-squares line through (xᵢ, yᵢ); needs at least two distinct x (three for the errors).</summary>
    /// <exception cref="ArgumentException">Fewer than two points or different lengths.</exception>
    public static LineFit Ordinary(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Validate(x, y);
        var (a, b) = Fit.Line([.. x], [.. y]);
        int n = x.Count;
        double meanX = x.Average(), sxx = x.Sum(v => (v - meanX) * (v - meanX));
        double residual = Enumerable.Range(0, n).Sum(i => Math.Pow(y[i] - a - b * x[i], 2));
        double variance = n > 2 ? residual / (n - 2) : double.NaN;
        double slopeError = Math.Sqrt(variance / sxx);
        double interceptError = Math.Sqrt(variance * (1.0 / n + meanX * meanX / sxx));
        return new(a, b, interceptError, slopeError, GoodnessOfFit.RSquared(x.Select(v => a + b * v), y));
    }

    /// <summary>The weighted least-squares line with yᵢ ± σᵢ: minimises Σ((yᵢ − a − b·xᵢ)/σᵢ)²; the errors of a and b are
    /// those propagated from the σᵢ, √((Sₓₓ/Δ)) and √(S/Δ) with S = Σwᵢ, Sₓ = Σwᵢxᵢ, Sₓₓ = Σwᵢxᵢ², Δ = S·Sₓₓ − Sₓ².</summary>
    /// <exception cref="ArgumentException">Fewer than two points, different lengths, or a σᵢ that is not positive.</exception>
    public static LineFit Weighted(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> sigma)
    {
        Validate(x, y);
        if (sigma.Count != x.Count || sigma.Any(s => !(s > 0)))
            throw new ArgumentException("Every point needs a positive error bar.", nameof(sigma));
        double s0 = 0, sx = 0, sxx = 0, sy = 0, sxy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double w = 1 / (sigma[i] * sigma[i]);
            (s0, sx, sxx, sy, sxy) = (s0 + w, sx + w * x[i], sxx + w * x[i] * x[i], sy + w * y[i], sxy + w * x[i] * y[i]);
        }
        double delta = s0 * sxx - sx * sx;
        double a = (sxx * sy - sx * sxy) / delta, b = (s0 * sxy - sx * sy) / delta;
        double meanY = sy / s0, residual = 0, total = 0;
        for (int i = 0; i < x.Count; i++)
        {
            double w = 1 / (sigma[i] * sigma[i]);
            residual += w * Math.Pow(y[i] - a - b * x[i], 2);
            total += w * Math.Pow(y[i] - meanY, 2);
        }
        return new(a, b, Math.Sqrt(sxx / delta), Math.Sqrt(s0 / delta), total > 0 ? 1 - residual / total : double.NaN);
    }

    private static void Validate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException("x and y must have the same length.", nameof(y));
        if (x.Count < 2 || x.Distinct().Count() < 2) throw new ArgumentException("A line needs at least two distinct x.", nameof(x));
    }
}
