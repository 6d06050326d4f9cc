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
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"t = {Estimate.T:G6}: mean {Estimate.Mean:G6} ± {Estimate.StdErr:G3} vs analytic {Estimate.Analytic:G6} (z = {Estimate.Z:F2}, allowed |Δ| ≤ {StatisticalAllowance:G3} + {BiasAllowance:G3}): {(Passed ? "agrees" : "DISAGREES")}");
}
