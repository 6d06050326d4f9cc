using System.Globalization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The Taylor series F(t) = Σₙ bₙtⁿ (|n| ≤ N) of the normalised Eq kernel of a <see cref="CanonicalConvNet"/>, computed
/// by running the §2.2/§2.3 recursion on truncated multivariate power series with the arcsine series of κ₀, κ₁ (§1.1),
/// and the eigenvalues λ_k = Σₙ bₙ∏ᵢμ_(C0)(nᵢ, kᵢ) on MS(C0, d) for any C0 (conv-dense.md §2.5).
/// Every bₙ ≥ 0 (κ₀, κ₁ have non-negative coefficients, and sums, products, compositions and 𝒜_q preserve that), and
/// the recurrences of the compositions have terms of one sign, so the double coefficients carry no cancellation
/// error: each bₙ is accurate to a few ulps times the depth.
/// </summary>
public sealed class EqPowerSeries
{
    /// <summary>The largest monomial basis C(N + d, d) accepted (products cost about C(N + 2d, 2d) operations).</summary>
    public const double MaxMonomials = 250_000;

    private readonly TruncatedSeries _series;

    private EqPowerSeries(CanonicalConvNet net, TruncatedSeries series)
    {
        Net = net;
        _series = series;
    }

    /// <summary>The network whose Eq kernel this is.</summary>
    public CanonicalConvNet Net { get; }

    /// <summary>The truncation degree N (total degree).</summary>
    public int MaxDegree => _series.Basis.MaxDegree;

    /// <summary>The smallest coefficient min bₙ (≥ 0 up to round-off, §2.5).</summary>
    public double MinCoefficient => _series.Coefficients.Min();

    /// <summary>Σ_(|n| ≤ N) bₙ = F_N(1, …, 1), which tends to F(1) = 1 as N grows (the missing mass bounds the tails).</summary>
    public double CoefficientSum => _series.Coefficients.Sum();

    /// <summary>Null when N and the basis size are acceptable (N ≥ 1, C(N + d, d) ≤ <see cref="MaxMonomials"/>), else a message.</summary>
    public static string? CheckArguments(CanonicalConvNet net, int maxDegree)
    {
        ArgumentNullException.ThrowIfNull(net);
        if (net.Check() is { } error) return error;
        if (maxDegree < 1) return $"The truncation degree N must be at least 1; got {maxDegree}.";
        var size = MonomialBasis.Size(net.Pixels, maxDegree);
        return size > MaxMonomials
            ? string.Create(CultureInfo.InvariantCulture, $"C(N+d, d) = {size:G3} monomials (N = {maxDegree}, d = {net.Pixels}) exceed {MaxMonomials:G3}; lower N.")
            : null;
    }

    /// <summary>Expands the Eq kernel of <paramref name="net"/> to total degree <paramref name="maxDegree"/>.</summary>
    /// <exception cref="ArgumentException">When <see cref="CheckArguments"/> rejects the arguments.</exception>
    public static EqPowerSeries Of(CanonicalConvNet net, int maxDegree)
    {
        if (CheckArguments(net, maxDegree) is { } error) throw new ArgumentException(error);
        var basis = new MonomialBasis(net.Pixels, maxDegree);
        var variables = Enumerable.Range(0, net.Pixels).Select(i => TruncatedSeries.Variable(basis, i)).ToArray();
        return new EqPowerSeries(net, EqRecursion.Scaled(SeriesAlgebra.Instance, net, variables).Scale(1 / net.ScaledDiagonal));
    }

    /// <summary>bₙ for an exponent vector n with |n| ≤ N.</summary>
    public double Coefficient(params int[] exponents)
    {
        ArgumentNullException.ThrowIfNull(exponents);
        var basis = _series.Basis;
        if (exponents.Length != basis.Variables || exponents.Any(e => e < 0) || exponents.Sum() > basis.MaxDegree)
            throw new ArgumentOutOfRangeException(nameof(exponents), "Expected d non-negative exponents of total degree ≤ N.");
        long key = 0, place = 1;
        foreach (var e in exponents)
        {
            key += e * place;
            place *= basis.MaxDegree + 1;
        }

        return _series.Coefficients[basis.IndexOf(key)];
    }

    /// <summary>The truncated sum F_N(t) = Σ_(|n| ≤ N) bₙtⁿ.</summary>
    public double Evaluate(params double[] cosines)
    {
        ArgumentNullException.ThrowIfNull(cosines);
        var basis = _series.Basis;
        var sum = 0.0;
        for (var m = 0; m < basis.Count; m++)
        {
            var term = _series.Coefficients[m];
            for (var i = 0; i < cosines.Length && term != 0; i++) term *= Math.Pow(cosines[i], basis.Exponents[m][i]);
            sum += term;
        }

        return sum;
    }

    /// <summary>
    /// The degree shells Sₘ(k) = Σ_(|n| = m) bₙ∏ᵢμ_(C0)(nᵢ, kᵢ), m = 0 … N, whose sum is the truncated λ_k
    /// (Sₘ = 0 unless m ≡ |k| mod 2).
    /// </summary>
    public double[] Shells(int channels, params int[] frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        var basis = _series.Basis;
        if (frequency.Length != basis.Variables) throw new ArgumentException($"Expected {basis.Variables} frequencies.", nameof(frequency));
        var table = SphereFactor.Table(channels, basis.MaxDegree, Math.Max(0, frequency.Max(Math.Abs)));
        var shells = new double[basis.MaxDegree + 1];
        for (var m = 0; m <= basis.MaxDegree; m++)
            for (var index = basis.DegreeStart[m]; index < basis.DegreeStart[m + 1]; index++)
            {
                var term = _series.Coefficients[index];
                for (var i = 0; i < frequency.Length && term != 0; i++) term *= table[basis.Exponents[index][i], Math.Abs(frequency[i])];
                shells[m] += term;
            }

        return shells;
    }

    /// <summary>λ_k on MS(C0, d) with the truncation tail estimated (see <see cref="SeriesEigenvalue"/>).</summary>
    public SeriesEigenvalue Eigenvalue(int channels, params int[] frequency) => SeriesEigenvalue.FromShells(Shells(channels, frequency));

    /// <summary>All λ_k, k ∈ {0 … K}^d, on MS(C0, d): tail-corrected values with their error estimates.</summary>
    public MultiSphereEigenvalues Spectrum(int channels, int maxFrequency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(maxFrequency);
        var d = _series.Basis.Variables;
        var count = (int)Math.Pow(maxFrequency + 1, d);
        double[] values = new double[count], errors = new double[count];
        var k = new int[d];
        for (var index = 0; index < count; index++)
        {
            var rest = index;
            for (var i = d - 1; i >= 0; i--)
            {
                k[i] = rest % (maxFrequency + 1);
                rest /= maxFrequency + 1;
            }

            var eigenvalue = Eigenvalue(channels, k);
            values[index] = eigenvalue.Value;
            errors[index] = eigenvalue.ErrorEstimate;
        }

        return new MultiSphereEigenvalues(channels, d, maxFrequency, values, errors,
            string.Create(CultureInfo.InvariantCulture, $"power series, total degree N = {MaxDegree}, fitted tail"));
    }
}
