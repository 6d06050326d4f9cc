using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Images;

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

    /// <summary>K(image 0, image j) for j = 1…k−1 of <paramref name="kind"/>, raw or normalised (K(x, z)/√(K(x, x)K(z, z))),
    /// from the kernel layer's <see cref="ImageKernelEvaluator"/> (conv-dense.md §2.2–2.3): the values an
    /// <see cref="ImageMonteCarloRun"/> is compared with.</summary>
    /// <exception cref="ArchitectureException">The layers have no image kernel or do not end with a head.</exception>
    public static double[] ImageValues(Layer architecture, ImagePoints images, KernelKind kind, bool normalized)
    {
        var evaluator = ImageKernelEvaluator.Create(architecture, images.Shape, images.Channels, kind);
        return [.. Enumerable.Range(1, images.Count - 1).Select(j =>
        {
            var v = evaluator.Evaluate(images.Point(0), images.Point(j));
            return kind == KernelKind.Ntk ? normalized ? v.NormalizedNtk : v.Ntk
                                          : normalized ? v.NormalizedNngp : v.Nngp;
        })];
    }
}
