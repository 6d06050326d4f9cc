namespace Symbolic.MonteCarlo.Studies;

/// <summary>
/// The spread of the empirical NTK Θ̂(x, z) over networks at one (depth, width): its mean, its variance with the standard
/// error of that variance (≈ Var·√(2/(s − 1)) for near-Gaussian values), and the relative variance Var/mean², which for
/// fully connected ReLU networks grows roughly like depth/width (Hanin &amp; Nica 2019) while suitably scaled residual
/// networks keep it bounded in depth (Littwin et al. 2020).
/// </summary>
/// <param name="Depth">The depth parameter given to the architecture family.</param>
/// <param name="Width">m.</param>
/// <param name="Samples">Number of networks.</param>
/// <param name="Mean">Mean of Θ̂.</param>
/// <param name="Variance">Sample variance of Θ̂.</param>
/// <param name="VarianceError">≈ Var·√(2/(s − 1)).</param>
public sealed record VarianceCell(int Depth, int Width, int Samples, double Mean, double Variance, double VarianceError)
{
    /// <summary>Var/mean².</summary>
    public double RelativeVariance => Variance / (Mean * Mean);

    /// <summary>m·Var/mean², which tends to a constant as m grows if the fluctuations are O(m^(−1/2)).</summary>
    public double ScaledRelativeVariance => Width * RelativeVariance;
}
