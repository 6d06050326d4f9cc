namespace Symbolic.Spectral.MultiSphere;

/// <summary>The truncated-power-series instance of <see cref="IKernelAlgebra{T}"/>.</summary>
internal sealed class SeriesAlgebra : IKernelAlgebra<TruncatedSeries>
{
    public static readonly SeriesAlgebra Instance = new();

    public TruncatedSeries Add(TruncatedSeries a, TruncatedSeries b) => a.Add(b);

    public TruncatedSeries Scale(TruncatedSeries a, double factor) => a.Scale(factor);

    public TruncatedSeries Multiply(TruncatedSeries a, TruncatedSeries b) => a.Multiply(b);

    public (TruncatedSeries Kappa0, TruncatedSeries Kappa1) Kappas(TruncatedSeries rho) => rho.Kappas();
}
