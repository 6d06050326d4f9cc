namespace Symbolic.Spectral.Polynomials;

/// <summary>
/// The coefficients of the normalised Gegenbauer recurrence for one dimension d up to degree K, precomputed so that
/// evaluating all Pₖ^(d)(t), k ≤ K, at many points needs no division:
/// Pₖ₊₁ = αₖ t Pₖ − βₖ Pₖ₋₁ with αₖ = (2k + d − 2)/(k + d − 2), βₖ = k/(k + d − 2) (fc-resnet.md §2), and in
/// Reinsch's difference form for |t| ≥ ½ (u = 1 − |t|): Dₖ₊₁ = βₖ Dₖ − αₖ u Pₖ, Pₖ₊₁ = Pₖ + Dₖ₊₁.
/// </summary>
internal sealed class GegenbauerRecurrence
{
    private readonly double[] _alpha;
    private readonly double[] _beta;

    public GegenbauerRecurrence(int dimension, int maxDegree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegree);
        Dimension = dimension;
        _alpha = new double[Math.Max(1, maxDegree)];
        _beta = new double[Math.Max(1, maxDegree)];
        for (var k = 1; k < maxDegree; k++)
        {
            _alpha[k] = (2.0 * k + dimension - 2) / (k + dimension - 2);
            _beta[k] = (double)k / (k + dimension - 2);
        }
    }

    public int Dimension { get; }

    /// <summary>Fills values[k] = Pₖ^(d)(t) for k &lt; values.Length (at most K + 1 values).</summary>
    public void Fill(double t, Span<double> values)
    {
        if (values.IsEmpty) return;
        values[0] = 1;
        if (values.Length == 1) return;
        if (values.Length - 1 > _alpha.Length) throw new ArgumentException("More degrees than precomputed.", nameof(values));

        var s = Math.Abs(t);
        values[1] = s;
        if (s < 0.5)
        {
            for (var k = 1; k + 1 < values.Length; k++)
                values[k + 1] = _alpha[k] * s * values[k] - _beta[k] * values[k - 1];
        }
        else
        {
            var u = 1 - s; // exact for s ∈ [½, 1] (Sterbenz)
            var difference = -u;
            for (var k = 1; k + 1 < values.Length; k++)
            {
                difference = _beta[k] * difference - _alpha[k] * u * values[k];
                values[k + 1] = values[k] + difference;
            }
        }

        if (t < 0)
            for (var k = 1; k < values.Length; k += 2) values[k] = -values[k];
    }
}
