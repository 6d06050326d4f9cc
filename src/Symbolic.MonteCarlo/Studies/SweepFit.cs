namespace Symbolic.MonteCarlo.Studies;

/// <summary>
/// The fits of a width sweep at one cosine t. <see cref="DeviationVsInverseWidth"/>: mean − analytic = a + b/m, weighted by
/// the standard errors; b is the O(1/m) finite-width correction and a should vanish (within its error) if the estimator
/// converges to the analytic value. <see cref="LogRmsVsLogWidth"/>: log RMS error of a single network's estimate against
/// log m; its slope is −½ for fluctuations of order m^(−1/2). <see cref="LogDeviationVsLogWidth"/>: log |mean − analytic|
/// against log m (slope −1 where the bias dominates the noise, flatter where it does not). A fit is null where it is
/// undefined (e.g. at t = 1 for a normalised kernel, which every network gets exactly).
/// </summary>
/// <param name="T">t.</param>
/// <param name="DeviationVsInverseWidth">Weighted fit of mean − analytic against 1/m.</param>
/// <param name="LogRmsVsLogWidth">Ordinary fit of ln(RMS error) against ln m.</param>
/// <param name="LogDeviationVsLogWidth">Ordinary fit of ln|mean − analytic| against ln m.</param>
public sealed record SweepFit(double T, LineFit? DeviationVsInverseWidth, LineFit? LogRmsVsLogWidth, LineFit? LogDeviationVsLogWidth);
