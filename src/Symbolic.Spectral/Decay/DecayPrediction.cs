using System.Text.Json.Serialization;
using MathNet.Numerics;

namespace Symbolic.Spectral.Decay;

/// <summary>
/// The Bietti–Bach asymptotics of Mercer eigenvalues on S^(d−1) (fc-resnet.md §3): if κ(1 − t) = p₁(t) + c₁t^ν + o(t^ν)
/// and κ(−1 + t) = p₋₁(t) + c₋₁t^ν + o(t^ν) with polynomials p_(±1) and non-integer ν &gt; 0, then
/// μₖ ~ (c₁ + (−1)ᵏc₋₁)·C(d, ν)·k^(−(d−1)−2ν), with C(d, ν) = 2^(ν+d−2) Γ(d/2) Γ(ν + (d−1)/2) / (√π Γ(−ν)).
/// A parity whose constant vanishes (c₁ = −c₋₁ for even k, c₁ = c₋₁ for odd k) decays faster.
/// Serialises as <c>{"nu", "c1", "cminus1", "exponent", "sphere_constant", "even_constant", "odd_constant", …}</c>.
/// </summary>
/// <remarks>Bietti &amp; Bach, "Deep equals shallow for ReLU networks in kernel regimes", ICLR 2021, Theorem 1.</remarks>
public sealed record DecayPrediction
{
    private DecayPrediction(int dimension, double nu, double c1, double cMinus1, double parityTolerance)
    {
        Dimension = dimension;
        Nu = nu;
        C1 = c1;
        CMinus1 = cMinus1;
        SphereConstant = SphereConstantOf(dimension, nu);
        var scale = Math.Max(Math.Abs(c1), Math.Abs(cMinus1));
        EvenDecaysFaster = Math.Abs(c1 + cMinus1) <= parityTolerance * scale;
        OddDecaysFaster = Math.Abs(c1 - cMinus1) <= parityTolerance * scale;
        EvenConstant = EvenDecaysFaster ? 0 : (c1 + cMinus1) * SphereConstant;
        OddConstant = OddDecaysFaster ? 0 : (c1 - cMinus1) * SphereConstant;
    }

    /// <summary>The ambient dimension d ≥ 2.</summary>
    [JsonIgnore]
    public int Dimension { get; }

    /// <summary>The leading non-integer end-point exponent ν &gt; 0.</summary>
    [JsonPropertyName("nu")]
    public double Nu { get; }

    /// <summary>The coefficient c₁ of t^ν in κ(1 − t).</summary>
    [JsonPropertyName("c1")]
    public double C1 { get; }

    /// <summary>The coefficient c₋₁ of t^ν in κ(−1 + t) (0 when κ is smooth at −1 to this order).</summary>
    [JsonPropertyName("cminus1")]
    public double CMinus1 { get; }

    /// <summary>The decay exponent −(d − 1) − 2ν of μₖ (−d for ν = ½, −d − 2 for ν = 3/2).</summary>
    [JsonPropertyName("exponent")]
    public double Exponent => -(Dimension - 1) - 2 * Nu;

    /// <summary>C(d, ν) = 2^(ν+d−2) Γ(d/2) Γ(ν + (d−1)/2) / (√π Γ(−ν)) (fc-resnet.md §3, boxed).</summary>
    [JsonPropertyName("sphere_constant")]
    public double SphereConstant { get; }

    /// <summary>(c₁ + c₋₁)·C(d, ν), the constant of μₖ for even k; 0 when <see cref="EvenDecaysFaster"/>.</summary>
    [JsonPropertyName("even_constant")]
    public double EvenConstant { get; }

    /// <summary>(c₁ − c₋₁)·C(d, ν), the constant of μₖ for odd k; 0 when <see cref="OddDecaysFaster"/>.</summary>
    [JsonPropertyName("odd_constant")]
    public double OddConstant { get; }

    /// <summary>True when c₁ = −c₋₁ (within tolerance): even eigenvalues are o(k^(−(d−1)−2ν)).</summary>
    [JsonPropertyName("even_decays_faster")]
    public bool EvenDecaysFaster { get; }

    /// <summary>True when c₁ = c₋₁ (within tolerance): odd eigenvalues are o(k^(−(d−1)−2ν)), e.g. the 2-layer ReLU NTK.</summary>
    [JsonPropertyName("odd_decays_faster")]
    public bool OddDecaysFaster { get; }

    /// <summary>
    /// The prediction for end-point coefficients c₁ (at t = 1) and c₋₁ (at t = −1) of the common leading non-integer
    /// power ν on S^(d−1). If the two end points have different leading exponents, pass the smaller as ν and 0 for
    /// the other end's coefficient. c₁ = ±c₋₁ is decided with relative tolerance <paramref name="parityTolerance"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">d &lt; 2, ν not admissible, or non-finite coefficients.</exception>
    public static DecayPrediction Create(int dimension, double nu, double c1, double cMinus1, double parityTolerance = 1e-9)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        if (!IsAdmissibleExponent(nu))
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "ν must be positive, finite and not an integer.");
        if (!double.IsFinite(c1) || !double.IsFinite(cMinus1))
            throw new ArgumentOutOfRangeException(nameof(c1), "End-point coefficients must be finite.");
        ArgumentOutOfRangeException.ThrowIfNegative(parityTolerance);
        return new DecayPrediction(dimension, nu, c1, cMinus1, parityTolerance);
    }

    /// <summary>True for the exponents the theorem covers: finite ν &gt; 0 that is not an integer.</summary>
    public static bool IsAdmissibleExponent(double nu) => double.IsFinite(nu) && nu > 0 && nu != Math.Round(nu);

    /// <summary>
    /// C(d, ν) = 2^(ν+d−2) Γ(d/2) Γ(ν + (d−1)/2) / (√π Γ(−ν)) with Γ(−ν) = −π / (sin(πν) Γ(1 + ν));
    /// C(3, ½) = −√2/4, C(2, ½) = −1/(√2 π) (fc-resnet.md §3, boxed).
    /// </summary>
    public static double SphereConstantOf(int dimension, double nu)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        if (!IsAdmissibleExponent(nu))
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "ν must be positive, finite and not an integer.");
        // 1/Γ(−ν) = −sin(πν) Γ(1 + ν) / π; Γ itself is accurate to ~1e-15 where GammaLn is only ~1e-14.
        var sine = double.SinPi(nu);
        if (nu + dimension < 160)
            return -sine * SpecialFunctions.Gamma(1 + nu) / Math.PI * Math.Pow(2, nu + dimension - 2)
                   * SpecialFunctions.Gamma(dimension / 2.0) * SpecialFunctions.Gamma(nu + (dimension - 1) / 2.0) / Math.Sqrt(Math.PI);
        var logMagnitude = Math.Log(Math.Abs(sine)) + SpecialFunctions.GammaLn(1 + nu) - Math.Log(Math.PI)
                           + (nu + dimension - 2) * Math.Log(2) + SpecialFunctions.GammaLn(dimension / 2.0)
                           + SpecialFunctions.GammaLn(nu + (dimension - 1) / 2.0) - 0.5 * Math.Log(Math.PI);
        return -Math.Sign(sine) * Math.Exp(logMagnitude);
    }

    /// <summary>
    /// Γ(k − ν) / Γ(k + ν + d − 1), the exact k-dependence of the spectrum of (1 − t)^ν:
    /// μₖ = C(d, ν)·Γ(k − ν)/Γ(k + ν + d − 1) (fc-resnet.md §2). For k − ν ≥ 15 it uses the Stirling series of
    /// log Γ(a) − log Γ(b) written without cancellation; below, it recurs downwards from the first such k with
    /// r(k) = r(k + 1)·(k + ν + d − 1)/(k − ν). Relative accuracy a few ulps at every k, with no Γ overflow.
    /// </summary>
    public static double GammaRatio(int degree, int dimension, double nu)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        if (!IsAdmissibleExponent(nu))
            throw new ArgumentOutOfRangeException(nameof(nu), nu, "ν must be positive, finite and not an integer.");
        var start = Math.Max(degree, (int)Math.Ceiling(nu + 15));
        var value = Math.Exp(LogGammaRatio(start - nu, start + nu + dimension - 1, -(2 * nu + dimension - 1)));
        for (var j = start - 1; j >= degree; j--) value *= (j + nu + dimension - 1) / (j - nu);
        return value;
    }

    /// <summary>The leading constant (c₁ + (−1)ᵏc₋₁)·C(d, ν) for degree k: <see cref="EvenConstant"/> or <see cref="OddConstant"/>.</summary>
    public double ConstantFor(int degree) => degree % 2 == 0 ? EvenConstant : OddConstant;

    /// <summary>The bare power law (c₁ + (−1)ᵏc₋₁)·C(d, ν)·k^(−(d−1)−2ν) for k ≥ 1.</summary>
    public double PowerLaw(int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        return ConstantFor(degree) * Math.Pow(degree, Exponent);
    }

    /// <summary>
    /// The Γ-ratio form (c₁ + (−1)ᵏc₋₁)·C(d, ν)·Γ(k − ν)/Γ(k + ν + d − 1), exact for c₁(1 − t)^ν + c₋₁(1 + t)^ν and,
    /// for general kernels, within relative O(k⁻²) of μₖ instead of the O(1/k) of the bare power (fc-resnet.md §3).
    /// </summary>
    public double Predict(int degree) =>
        ConstantFor(degree) == 0 ? 0 : ConstantFor(degree) * GammaRatio(degree, Dimension, Nu);

    /// <summary>
    /// log Γ(a) − log Γ(b) for a, b ≥ 15 from Stirling's series log Γ(x) = (x − ½)log x − x + ½log 2π + S(x):
    /// (a − ½)·log1p(δ/b) + δ(log b − 1) + S(a) − S(b) with δ = a − b passed exactly (not as a rounded difference of
    /// two large numbers), free of the cancellation of two large logarithms.
    /// </summary>
    private static double LogGammaRatio(double a, double b, double difference) =>
        (a - 0.5) * LogOnePlus(difference / b) + difference * (Math.Log(b) - 1) + StirlingTail(a) - StirlingTail(b);

    /// <summary>S(x) = 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) (x ≥ 15: error &lt; 1e-17).</summary>
    private static double StirlingTail(double x)
    {
        var inverseSquare = 1 / (x * x);
        return (1.0 / 12 + inverseSquare * (-1.0 / 360 + inverseSquare * (1.0 / 1260 + inverseSquare * (-1.0 / 1680
               + inverseSquare * (1.0 / 1188 - inverseSquare * 691.0 / 360360))))) / x;
    }

    /// <summary>log(1 + x) to a few ulps for x &gt; −1 (Goldberg: log(u)·x/(u − 1) with u = 1 + x rounded).</summary>
    private static double LogOnePlus(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }
}
