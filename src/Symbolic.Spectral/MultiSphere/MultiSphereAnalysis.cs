using System.Collections.Immutable;
using System.Globalization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The high-level entry point for `symbolic spectrum` on conv architectures: eigenvalues of an Eq kernel on
/// MS(C0, d) with decay predictions, GAP eigenvalues and locality ratios (conv-dense.md §2.5–§2.8).
/// C0 = 2 uses the torus cosine transform of the batch kernel F (any evaluator); other C0 use the power series of the
/// canonical net's own recursion (<see cref="EqPowerSeries"/>).
/// </summary>
public static class MultiSphereAnalysis
{
    /// <summary>The default total degree of the power-series route.</summary>
    public const int DefaultSeriesDegree = 24;

    /// <summary>Null when the request is acceptable, otherwise a message for the user.</summary>
    public static string? Check(CanonicalConvNet net, int channels, int maxFrequency, int? intervals = null, int? seriesDegree = null)
    {
        ArgumentNullException.ThrowIfNull(net);
        if (net.Check() is { } error) return error;
        if (channels < 2) return $"The channels per pixel C0 must be at least 2; got {channels}.";
        if (maxFrequency < 0) return $"The maximal frequency K must be non-negative; got {maxFrequency}.";
        if (Math.Pow(maxFrequency + 1, net.Pixels) > 100_000)
            return string.Create(CultureInfo.InvariantCulture, $"(K+1)^d = {Math.Pow(maxFrequency + 1, net.Pixels):G3} table rows is too many; lower K or d.");
        return channels == 2
            ? TorusSpectrum.CheckArguments(net.Pixels, maxFrequency, intervals ?? TorusSpectrum.DefaultIntervals(maxFrequency))
            : EqPowerSeries.CheckArguments(net, seriesDegree ?? DefaultSeriesDegree);
    }

    /// <summary>
    /// λ_k for k ∈ {0 … K}^d on MS(C0, d): the torus route for C0 = 2 (with <paramref name="kernel"/>, default the net's
    /// own double recursion; M intervals per axis), else the power series of degree <paramref name="seriesDegree"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When <see cref="Check"/> rejects the request.</exception>
    public static MultiSphereEigenvalues Eigenvalues(CanonicalConvNet net, int channels, int maxFrequency,
        EqKernelBatch? kernel = null, int? intervals = null, int? seriesDegree = null)
    {
        if (Check(net, channels, maxFrequency, intervals, seriesDegree) is { } error) throw new ArgumentException(error);
        return channels == 2
            ? TorusSpectrum.Compute(kernel ?? net.EqKernel(), net.Pixels, maxFrequency, intervals)
            : EqPowerSeries.Of(net, seriesDegree ?? DefaultSeriesDegree).Spectrum(channels, maxFrequency);
    }

    /// <summary>The full table: rows with windows and predicted exponents, GAP eigenvalues, locality ratios and λ₀.</summary>
    /// <exception cref="ArgumentException">When <see cref="Check"/> rejects the request.</exception>
    public static MultiSphereReport Analyse(CanonicalConvNet net, int channels, int maxFrequency,
        EqKernelBatch? kernel = null, int? intervals = null, int? seriesDegree = null)
    {
        var eigenvalues = Eigenvalues(net, channels, maxFrequency, kernel, intervals, seriesDegree);
        var rows = eigenvalues.Frequencies().Select(k =>
        {
            var window = HierarchicalWindow.Smallest(k, net.Filter, net.Blocks);
            return new MultiSphereRow(k, eigenvalues[k], eigenvalues.Error(k), eigenvalues.Multiplicity(k), eigenvalues.Gap(k),
                window?.Size, window?.Level, DecayRule.PredictedExponent(net, channels, k), DecayRule.PredictedZero(net, k));
        });
        return new MultiSphereReport(net.Name, channels, net.Pixels, eigenvalues.Method, eigenvalues[new int[net.Pixels]],
            eigenvalues.TruncatedTrace(), [.. rows], [.. LocalityRatio.Standard(eigenvalues)]);
    }
}
