namespace Symbolic.Spectral.MultiSphere;

/// <summary>The double instance of <see cref="IKernelAlgebra{T}"/>; correlations are clamped to [−1, 1].</summary>
internal sealed class ScalarAlgebra : IKernelAlgebra<double>
{
    public static readonly ScalarAlgebra Instance = new();

    public double Add(double a, double b) => a + b;

    public double Scale(double a, double factor) => a * factor;

    public double Multiply(double a, double b) => a * b;

    public (double Kappa0, double Kappa1) Kappas(double rho)
    {
        rho = Math.Clamp(rho, -1, 1);
        var angle = Math.Acos(rho);
        return (1 - angle / Math.PI, (Math.Sqrt((1 - rho) * (1 + rho)) + rho * (Math.PI - angle)) / Math.PI);
    }
}
