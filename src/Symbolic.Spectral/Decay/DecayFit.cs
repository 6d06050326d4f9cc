using System.Collections.Immutable;
using MathNet.Numerics;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// Fitted decay rates of Mercer eigenvalues: least-squares slopes of log μₖ against log k over a degree window,
/// separately for even and odd k, and the ratios of μₖ to the Bietti–Bach prediction (fc-resnet.md §3).
/// Fits over low degrees are biased (the local slope of Γ(k − ν)/Γ(k + ν + d − 1) differs from the exponent by
/// O(1/k); e.g. −3.3 to −3.5 over k ∈ [2, 10] for d = 3, fc-resnet.md §5.3), so windows should start well above 1.
/// </summary>
public static class DecayFit
{
    /// <summary>
    /// Fits μₖ ≈ A·k^s by least squares on (log k, log μₖ) for the degrees in <paramref name="window"/>, once for even
    /// and once for odd k (MathNet <c>Fit.Line</c>). Degrees with μₖ ≤ <paramref name="floor"/> (at least ≤ 0) or
    /// non-finite μₖ are skipped and counted; degrees outside the window are ignored.
    /// </summary>
    public static DecayFitResult PowerLaw(IReadOnlyList<int> degrees, IReadOnlyList<double> eigenvalues,
        DegreeWindow window, double floor = 0)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        ArgumentNullException.ThrowIfNull(eigenvalues);
        ArgumentNullException.ThrowIfNull(window);
        if (degrees.Count != eigenvalues.Count)
            throw new ArgumentException("Degrees and eigenvalues must have the same length.", nameof(eigenvalues));
        var usable = Enumerable.Range(0, degrees.Count)
            .Select(i => (Degree: degrees[i], Value: eigenvalues[i], Usable: eigenvalues[i] > Math.Max(0, floor) && double.IsFinite(eigenvalues[i])));
        return FitBoth(usable, window);
    }

    /// <summary>
    /// Fits the eigenvalues of <paramref name="spectrum"/> in <paramref name="window"/> (default
    /// <see cref="DegreeWindow.Default"/>), skipping μₖ that are not resolved above ten times their quadrature error
    /// estimate (<see cref="MercerEigenvalue.IsResolvedPositive"/>), so exact zeros at round-off never enter a fit.
    /// </summary>
    public static DecayFitResult PowerLaw(MercerSpectrum spectrum, DegreeWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        window = (window ?? DegreeWindow.Default(Math.Max(1, spectrum.MaxDegree))).ClampTo(spectrum.MaxDegree);
        return FitBoth(spectrum.Eigenvalues.Select(e => (e.Degree, e.Value, e.IsResolvedPositive)), window);
    }

    /// <summary>
    /// μₖ / prediction for every degree k ≥ 1 of <paramref name="spectrum"/> in <paramref name="window"/> (default: all
    /// computed degrees), in the Γ-ratio and the bare power-law forms (see <see cref="PredictionRatio"/>).
    /// </summary>
    public static ImmutableArray<PredictionRatio> RatiosToPrediction(MercerSpectrum spectrum, DecayPrediction prediction,
        DegreeWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentNullException.ThrowIfNull(prediction);
        if (prediction.Dimension != spectrum.Dimension)
            throw new ArgumentException($"Prediction for d = {prediction.Dimension} applied to a spectrum on d = {spectrum.Dimension}.",
                nameof(prediction));
        var range = (window ?? new DegreeWindow(1, Math.Max(1, spectrum.MaxDegree))).ClampTo(spectrum.MaxDegree);
        return [.. spectrum.Eigenvalues.Where(e => range.Contains(e.Degree))
            .Select(e => PredictionRatio.At(e.Degree, e.Value, prediction))];
    }

    private static DecayFitResult FitBoth(IEnumerable<(int Degree, double Value, bool Usable)> points, DegreeWindow window)
    {
        var inWindow = points.Where(p => window.Contains(p.Degree) && p.Degree >= 1).ToList();
        return new DecayFitResult(window,
            FitOne(inWindow.Where(p => p.Degree % 2 == 0).ToList()),
            FitOne(inWindow.Where(p => p.Degree % 2 != 0).ToList()));
    }

    private static PowerLawFit FitOne(List<(int Degree, double Value, bool Usable)> points)
    {
        var used = points.Where(p => p.Usable).ToList();
        var skipped = points.Count - used.Count;
        if (used.Count < 2) return new PowerLawFit(null, null, null, used.Count, skipped);

        var x = used.Select(p => Math.Log(p.Degree)).ToArray();
        var y = used.Select(p => Math.Log(p.Value)).ToArray();
        var (intercept, slope) = Fit.Line(x, y);
        var rSquared = GoodnessOfFit.RSquared(x.Select(v => intercept + slope * v), y);
        // R² is undefined (NaN) when all log μₖ are equal; report it as missing rather than as NaN.
        return new PowerLawFit(slope, Math.Exp(intercept), double.IsFinite(rSquared) ? rSquared : null, used.Count, skipped);
    }
}
