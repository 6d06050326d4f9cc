namespace Symbolic.Compilation.Vectorized;

/// <summary>A lane-wise function of one double, written once for every SIMD width: the JIT specialises
/// <see cref="Apply{TV, L}"/> per width and per implementing struct, so kernels that take the function as a type
/// argument inline it.</summary>
internal interface IVectorFunction
{
    /// <summary>f applied to each lane of <paramref name="x"/>.</summary>
    static abstract TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV>;
}
