using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Spectral.Tests;

/// <summary>A polynomial Σⱼ aⱼxʲ of degree ≤ 2n − 1 with coefficients in [−1, 1], and a Gauss order n.</summary>
public sealed record PolynomialCase(int Order, double[] Coefficients)
{
    /// <summary>Horner evaluation.</summary>
    public double Evaluate(double x)
    {
        var value = 0.0;
        for (var j = Coefficients.Length - 1; j >= 0; j--) value = value * x + Coefficients[j];
        return value;
    }

    /// <inheritdoc/>
    public override string ToString() => $"n = {Order}, coefficients [{string.Join(", ", Coefficients)}]";
}

/// <summary>A degree k, a dimension d and an argument t ∈ [−1, 1].</summary>
public sealed record GegenbauerCase(int Degree, int Dimension, double T);

/// <summary>A dimension d and non-negative Gegenbauer coefficients c₀ … c_m of a kernel κ = Σ cⱼ N(d, j) Pⱼ^(d).</summary>
public sealed record FiniteKernelCase(int Dimension, double[] Coefficients)
{
    /// <inheritdoc/>
    public override string ToString() => $"d = {Dimension}, c = [{string.Join(", ", Coefficients)}]";
}

/// <summary>A power law μₖ = A·k^s sampled over a window [kmin, kmax].</summary>
public sealed record PowerLawCase(double Slope, double Prefactor, int Min, int Max);

/// <summary>FsCheck generators for the spectral tests (fixed replay seeds are set on each property).</summary>
public static class SpectralArbitrary
{
    /// <summary>Random polynomials with their Gauss order: n ∈ [1, 40], degree ≤ 2n − 1.</summary>
    public static Arbitrary<PolynomialCase> Polynomials() =>
        (from order in Gen.Choose(1, 40)
         from degree in Gen.Choose(0, 2 * order - 1)
         from coefficients in Gen.Choose(-1000, 1000).Select(c => c / 1000.0).ArrayOf(degree + 1)
         select new PolynomialCase(order, coefficients)).ToArbitrary();

    /// <summary>k ∈ [0, 300], d ∈ [2, 12], t ∈ [−1, 1] (often near ±1).</summary>
    public static Arbitrary<GegenbauerCase> GegenbauerCases() =>
        (from k in Gen.Choose(0, 300)
         from d in Gen.Choose(2, 12)
         from t in Gen.OneOf(Gen.Choose(-100_000, 100_000).Select(v => v / 100_000.0),
             Gen.Choose(1, 10_000).Select(v => 1 - v * 1e-8), Gen.Choose(1, 10_000).Select(v => -1 + v * 1e-8))
         select new GegenbauerCase(k, d, t)).ToArbitrary();

    /// <summary>d ∈ [2, 7] and 1–7 coefficients in [0, 1].</summary>
    public static Arbitrary<FiniteKernelCase> FiniteKernels() =>
        (from d in Gen.Choose(2, 7)
         from count in Gen.Choose(1, 7)
         from coefficients in Gen.Choose(0, 1000).Select(c => c / 1000.0).ArrayOf(count)
         select new FiniteKernelCase(d, coefficients)).ToArbitrary();

    /// <summary>s ∈ [−9, −0.5], A ∈ [0.01, 100] (log-uniform), 1 ≤ kmin, kmax − kmin ≥ 4.</summary>
    public static Arbitrary<PowerLawCase> PowerLaws() =>
        (from slope in Gen.Choose(-900, -50).Select(v => v / 100.0)
         from logPrefactor in Gen.Choose(-200, 200).Select(v => v / 100.0)
         from min in Gen.Choose(1, 100)
         from length in Gen.Choose(4, 300)
         select new PowerLawCase(slope, Math.Pow(10, logPrefactor), min, min + length)).ToArbitrary();
}
