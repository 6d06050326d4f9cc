using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Kernels.Tests.Properties;

/// <summary>A ResNet case: blocks, α = p/q, and t on a grid of [−1, 1) (t = 1 is covered by exact-diagonal tests).</summary>
public sealed record ResNetCase(int Blocks, int AlphaNumerator, int AlphaDenominator, double T)
{
    /// <summary>α as a double.</summary>
    public double Alpha => (double)AlphaNumerator / AlphaDenominator;
}

/// <summary>An FC case: weight layers and t on a grid of [−1, 1).</summary>
public sealed record FcCase(int Layers, double T);

/// <summary>FsCheck generators for kernel cases.</summary>
public static class KernelArbitrary
{
    private static readonly Gen<double> s_t = Gen.Choose(-1000, 999).Select(i => i / 1000.0);

    /// <summary>Random ResNet cases: 1–12 blocks, α ∈ {1/10, 1/4, 1/2, 1, 3/2, 2}.</summary>
    public static Arbitrary<ResNetCase> ResNets() =>
        (from blocks in Gen.Choose(1, 12)
         from alpha in Gen.Elements((1, 10), (1, 4), (1, 2), (1, 1), (3, 2), (2, 1))
         from t in s_t
         select new ResNetCase(blocks, alpha.Item1, alpha.Item2, t)).ToArbitrary();

    /// <summary>Random FC cases: 1–12 weight layers.</summary>
    public static Arbitrary<FcCase> Fcs() =>
        (from layers in Gen.Choose(1, 12)
         from t in s_t
         select new FcCase(layers, t)).ToArbitrary();
}
