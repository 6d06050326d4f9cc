using System.Globalization;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>The outcome of <see cref="AgreementCheck.Check"/>: the estimate, the two parts of the allowed deviation, and
/// whether |mean − analytic| stayed within their sum.</summary>
/// <param name="Estimate">The Monte Carlo estimate against its analytic value.</param>
/// <param name="StatisticalAllowance">k·stderr.</param>
/// <param name="BiasAllowance">The finite-width bias allowance.</param>
/// <param name="Passed">|mean − analytic| ≤ k·stderr + bias allowance.</param>
public sealed record Agreement(PointEstimate Estimate, double StatisticalAllowance, double BiasAllowance, bool Passed)
{
    /// <inheritdoc/>
    public override string ToString()
    {
        var e = Estimate;
        return string.Create(CultureInfo.InvariantCulture, $"t = {e.T:G6}: mean {e.Mean:G6} ± {e.StdErr:G3} vs analytic {e.Analytic:G6} ")
             + string.Create(CultureInfo.InvariantCulture, $"(z = {e.Z:F2}, allowed |Δ| ≤ {StatisticalAllowance:G3} + {BiasAllowance:G3}): ")
             + (Passed ? "agrees" : "DISAGREES");
    }
}
