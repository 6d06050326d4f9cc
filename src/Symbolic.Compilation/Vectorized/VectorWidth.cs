namespace Symbolic.Compilation.Vectorized;

/// <summary>The SIMD width a <see cref="VectorizedFunction"/> runs at.</summary>
public enum VectorWidth
{
    /// <summary>The widest width the hardware accelerates: <see cref="Vector512"/>, else <see cref="Vector256"/>,
    /// else <see cref="Scalar"/>.</summary>
    Auto,

    /// <summary>No SIMD: the scalar compiled delegate (<see cref="LinqCompiler"/>) per point, bitwise equal to the
    /// interpreter (a NaN returned as the default NaN, as at every width). The fallback where no vector width is
    /// accelerated.</summary>
    Scalar,

    /// <summary>4 doubles per vector (AVX2). Runs, emulated and slowly, even without hardware support.</summary>
    Vector256,

    /// <summary>8 doubles per vector (AVX-512). Runs, emulated and slowly, even without hardware support.</summary>
    Vector512,
}
