using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>The infinite-width values the Monte Carlo estimates are compared with, from the kernel layer.</summary>
public static class AnalyticKernel
{
    /// <summary>K(tⱼ) of <paramref name="kind"/>, raw or normalised (K(t)/K(1)), from <see cref="KernelDerivation.Evaluate"/>
    /// (the closed form when there is one, else the numeric layer path).</summary>
    /// <exception cref="ArchitectureException">The layers do not compose.</exception>
    public static double[] Values(Layer architecture, KernelKind kind, bool normalized, IEnumerable<double> cosines)
    {
        var derivation = KernelDerivation.Derive(architecture);
        return [.. cosines.Select(t => derivation.Evaluate(t).Select(kind, normalized))];
    }
}
