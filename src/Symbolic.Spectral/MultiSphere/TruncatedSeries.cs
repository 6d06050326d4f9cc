namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// A multivariate power series Σ_(|n| ≤ N) bₙtⁿ truncated at total degree N (the coefficients live on a shared
/// <see cref="MonomialBasis"/>). Products drop every term of degree &gt; N, which is exact for the kept coefficients.
/// </summary>
internal sealed class TruncatedSeries
{
    public TruncatedSeries(MonomialBasis basis, double[] coefficients)
    {
        Basis = basis;
        Coefficients = coefficients;
    }

    public MonomialBasis Basis { get; }

    public double[] Coefficients { get; }

    public double ConstantTerm => Coefficients[0];

    public static TruncatedSeries Variable(MonomialBasis basis, int i)
    {
        var c = new double[basis.Count];
        c[basis.VariableIndex(i)] = 1;
        return new TruncatedSeries(basis, c);
    }

    public TruncatedSeries Add(TruncatedSeries other)
    {
        var c = new double[Coefficients.Length];
        for (var i = 0; i < c.Length; i++) c[i] = Coefficients[i] + other.Coefficients[i];
        return new TruncatedSeries(Basis, c);
    }

    public TruncatedSeries Scale(double factor)
    {
        var c = new double[Coefficients.Length];
        for (var i = 0; i < c.Length; i++) c[i] = Coefficients[i] * factor;
        return new TruncatedSeries(Basis, c);
    }

    public TruncatedSeries Multiply(TruncatedSeries other)
    {
        var c = new double[Coefficients.Length];
        var n = Basis.MaxDegree;
        for (var da = 0; da <= n; da++)
            for (var db = 0; db + da <= n; db++)
                Basis.MultiplyAdd(Coefficients, da, other.Coefficients, db, c);
        return new TruncatedSeries(Basis, c);
    }

    /// <summary>
    /// (κ₀(u), κ₁(u)) for this series u with constant term c ∈ (−1, 1), by degree-graded recurrences with the Euler
    /// operator E = Σ tᵢ∂ᵢ (E multiplies the degree-n part by n): w = √(1 − u²) from w² = 1 − u²; g = 1/w;
    /// E κ₀(u) = g·Eu/π; E κ₁(u) = κ₀(u)·Eu. When u has non-negative coefficients and c ≥ 0, every term of every
    /// recurrence has one sign (w's non-constant part ≤ 0, g, κ₀, κ₁ ≥ 0), so there is no cancellation.
    /// </summary>
    public (TruncatedSeries Kappa0, TruncatedSeries Kappa1) Kappas()
    {
        var c = ConstantTerm;
        if (!(Math.Abs(c) < 1)) throw new InvalidOperationException($"κ expansion needs |u(0)| < 1; got {c}.");
        var basis = Basis;
        var n = basis.MaxDegree;
        var start = basis.DegreeStart;
        var u = Coefficients;
        var square = Multiply(this).Coefficients;
        var w = new double[basis.Count];
        var g = new double[basis.Count];
        w[0] = Math.Sqrt((1 - c) * (1 + c));
        g[0] = 1 / w[0];
        var scratch = new double[basis.Count]; // MultiplyAdd of degrees j and m − j writes only the degree-m block
        for (var m = 1; m <= n; m++)
        {
            Array.Clear(scratch, start[m], start[m + 1] - start[m]);
            for (var j = 1; j < m; j++) basis.MultiplyAdd(w, j, w, m - j, scratch);
            for (var i = start[m]; i < start[m + 1]; i++) w[i] = (-square[i] - scratch[i]) / (2 * w[0]);
            Array.Clear(scratch, start[m], start[m + 1] - start[m]);
            for (var j = 1; j <= m; j++) basis.MultiplyAdd(w, j, g, m - j, scratch);
            for (var i = start[m]; i < start[m + 1]; i++) g[i] = -scratch[i] / w[0];
        }

        var euler = EulerOperator(u, basis);
        var h = new TruncatedSeries(basis, g).Multiply(new TruncatedSeries(basis, euler)).Coefficients;
        var kappa0 = new double[basis.Count];
        kappa0[0] = 0.5 + Math.Asin(c) / Math.PI;
        for (var m = 1; m <= n; m++)
            for (var i = start[m]; i < start[m + 1]; i++) kappa0[i] = h[i] / (m * Math.PI);
        var e = new TruncatedSeries(basis, kappa0).Multiply(new TruncatedSeries(basis, euler)).Coefficients;
        var kappa1 = new double[basis.Count];
        kappa1[0] = (w[0] + (Math.PI / 2 + Math.Asin(c)) * c) / Math.PI;
        for (var m = 1; m <= n; m++)
            for (var i = start[m]; i < start[m + 1]; i++) kappa1[i] = e[i] / m;
        return (new TruncatedSeries(basis, kappa0), new TruncatedSeries(basis, kappa1));
    }

    private static double[] EulerOperator(double[] u, MonomialBasis basis)
    {
        var result = new double[u.Length];
        for (var m = 1; m <= basis.MaxDegree; m++)
            for (var i = basis.DegreeStart[m]; i < basis.DegreeStart[m + 1]; i++) result[i] = m * u[i];
        return result;
    }
}
