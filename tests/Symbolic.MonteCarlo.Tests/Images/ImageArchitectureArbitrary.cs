using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Presets;

namespace Symbolic.MonteCarlo.Tests.Images;

/// <summary>
/// Small random convolutional architectures: rescnn (L = 1–3 blocks, α ∈ {½, 1}) or cnn (L = 1–3 layers), filter
/// q ∈ {1, 3}, head eq or gap, all layers trained; images of d ∈ {3, 4} pixels with C₀ = 2, angles on a 0.01 grid of [−π, π].
/// </summary>
public static class ImageArchitectureArbitrary
{
    private static readonly Gen<double> s_angle = Gen.Choose(-314, 314).Select(i => i / 100.0);

    private static readonly Gen<Layer> s_architecture =
        from residual in Gen.Elements(true, false)
        from depth in Gen.Choose(1, 3)
        from q in Gen.Elements(1, 3)
        from head in Gen.Elements(ConvHead.Eq, ConvHead.Gap)
        from alpha in Gen.Elements(Number.Half, Number.One)
        select residual ? (Layer)new ResCnn(depth, alpha, q, Head: head) : new Cnn(depth, q, Head: head);

    /// <summary>Arbitrary instance for <see cref="ImageCase"/> (no shrinking: every case is a separate experiment).</summary>
    public static Arbitrary<ImageCase> Cases() =>
        (from architecture in s_architecture
         from d in Gen.Choose(3, 4)
         from x in Gen.ArrayOf(s_angle, d)
         from z in Gen.ArrayOf(s_angle, d)
         select new ImageCase(architecture, x, z)).ToArbitrary();
}
