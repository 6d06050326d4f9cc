using Symbolic.Spectral.Sphere;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// Eigenvalues λ_k of an Eq kernel on MS(C0, d) under the uniform product measure, for all frequency vectors
/// k ∈ {0 … K}^d (conv-dense.md §2.5). The eigenfunctions are the products of spherical harmonics
/// Y_k(x) = ∏ᵢ Y_(kᵢ)(xᵢ), so λ_k has multiplicity ∏ᵢ N(C0, kᵢ); for C0 = 2 the ∏ᵢ N(2, kᵢ) = 2^#{i: kᵢ ≠ 0}
/// eigenfunctions are e^(i·Σ ±kᵢθᵢ) (negative frequencies are folded onto |kᵢ|).
/// </summary>
public sealed class MultiSphereEigenvalues
{
    private readonly double[] _values;
    private readonly double[] _errors;

    internal MultiSphereEigenvalues(int channels, int pixels, int maxFrequency, double[] values, double[] errors, string method)
    {
        Channels = channels;
        Pixels = pixels;
        MaxFrequency = maxFrequency;
        _values = values;
        _errors = errors;
        Method = method;
    }

    /// <summary>C0, the channels per pixel (each pixel lies on S^(C0−1)).</summary>
    public int Channels { get; }

    /// <summary>d, the number of pixels.</summary>
    public int Pixels { get; }

    /// <summary>K, the largest frequency per pixel held.</summary>
    public int MaxFrequency { get; }

    /// <summary>How the values were computed (route and resolution), for reports.</summary>
    public string Method { get; }

    /// <summary>λ_k for k ∈ {−K … K}^d (signs ignored).</summary>
    public double this[params int[] frequency] => _values[Index(frequency)];

    /// <summary>
    /// The error estimate of λ_k: for the torus route |λ_k(M) − λ_k(M/2)| plus the round-off floor; for the power-series
    /// route the spread of the truncation-tail estimate (see <see cref="EqPowerSeries"/>).
    /// </summary>
    public double Error(params int[] frequency) => _errors[Index(frequency)];

    /// <summary>The multiplicity ∏ᵢ N(C0, kᵢ) of λ_k (§2.5).</summary>
    public double Multiplicity(params int[] frequency)
    {
        var m = 1.0;
        foreach (var k in frequency) m *= Sphere.Multiplicity.Of(Channels, Math.Abs(k));
        return m;
    }

    /// <summary>
    /// The GAP (and Vec/Flatten) eigenvalue λ^GAP_[k] = (1/d)·Σ_(s=0)^(d−1) λ^Eq_(τ_s k), the Eq eigenvalue averaged over
    /// cyclic shifts (τ_s k)ᵢ = k_(i+s) of the frequency pattern (§2.5, GAP). Its eigenfunction is the shift-symmetrised
    /// (1/d)Σ_s Y_(τ_s k) (for GAP; Vec/Flatten keeps every Y_k).
    /// </summary>
    public double Gap(params int[] frequency)
    {
        var shifted = new int[Pixels];
        var sum = 0.0;
        for (var s = 0; s < Pixels; s++)
        {
            for (var i = 0; i < Pixels; i++) shifted[i] = frequency[(i + s) % Pixels];
            sum += this[shifted];
        }

        return sum / Pixels;
    }

    /// <summary>Every k ∈ {0 … K}^d, first pixel slowest.</summary>
    public IEnumerable<int[]> Frequencies()
    {
        for (var index = 0; index < _values.Length; index++)
        {
            var k = new int[Pixels];
            var rest = index;
            for (var i = Pixels - 1; i >= 0; i--)
            {
                k[i] = rest % (MaxFrequency + 1);
                rest /= MaxFrequency + 1;
            }

            yield return k;
        }
    }

    /// <summary>The trace check Σ_k mult(k)·λ_k over the held k (≤ K(1) = 1 for normalised kernels; → 1 as K grows).</summary>
    public double TruncatedTrace() => Frequencies().Sum(k => Multiplicity(k) * this[k]);

    private int Index(int[] frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        if (frequency.Length != Pixels)
            throw new ArgumentException($"A frequency vector needs {Pixels} entries; got {frequency.Length}.", nameof(frequency));
        var index = 0;
        foreach (var k in frequency)
        {
            var a = Math.Abs(k);
            if (a > MaxFrequency) throw new ArgumentOutOfRangeException(nameof(frequency), $"|k| = {a} exceeds K = {MaxFrequency}.");
            index = index * (MaxFrequency + 1) + a;
        }

        return index;
    }
}
