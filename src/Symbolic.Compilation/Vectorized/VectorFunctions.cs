using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>A lane-wise function of one double, written once for every SIMD width: the JIT specialises
/// <see cref="Apply{TV, L}"/> per width and per implementing struct, so kernels that take the function as a type
/// argument inline it.</summary>
internal interface IVectorFunction
{
    /// <summary>f applied to each lane of <paramref name="x"/>.</summary>
    static abstract TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV>;
}

/// <summary>acos x (<see cref="InverseTrig.Acos{TV, L}"/>, ≤ 4 ulp from <see cref="Math.Acos"/>).</summary>
internal readonly struct AcosFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => InverseTrig.Acos<TV, L>(x);
}

/// <summary>asin x (<see cref="InverseTrig.Asin{TV, L}"/>, ≤ 4 ulp from <see cref="Math.Asin"/>).</summary>
internal readonly struct AsinFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => InverseTrig.Asin<TV, L>(x);
}

/// <summary>atan x (<see cref="InverseTrig.Atan{TV, L}"/>, ≤ 4 ulp from <see cref="Math.Atan"/>).</summary>
internal readonly struct AtanFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => InverseTrig.Atan<TV, L>(x);
}

/// <summary>eˣ by the runtime's vector Exp (≤ 4 ulp from <see cref="Math.Exp"/>, tested).</summary>
internal readonly struct ExpFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Exp(x);
}

/// <summary>ln x by the runtime's vector Log (≤ 4 ulp from <see cref="Math.Log(double)"/>, tested).</summary>
internal readonly struct LogFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Log(x);
}

/// <summary>sin x by the runtime's vector Sin (≤ 4 ulp from <see cref="Math.Sin"/>, tested).</summary>
internal readonly struct SinFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Sin(x);
}

/// <summary>cos x by the runtime's vector Cos (≤ 4 ulp from <see cref="Math.Cos"/>, tested).</summary>
internal readonly struct CosFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Cos(x);
}

/// <summary>√x, correctly rounded: bitwise <see cref="Math.Sqrt"/>.</summary>
internal readonly struct SqrtFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Sqrt(x);
}

/// <summary>1/x, correctly rounded: bitwise the interpreter's <c>1 / b</c>.</summary>
internal readonly struct ReciprocalFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Divide(L.Create(1.0), x);
}

/// <summary>|x|: bitwise <see cref="Math.Abs(double)"/>.</summary>
internal readonly struct AbsFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV> => L.Abs(x);
}

/// <summary>sign x ∈ {−1, 0, 1} with sign(±0) = +0 and NaN kept: bitwise <c>SpecialFunctions.Sign</c>.</summary>
internal readonly struct SignFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV>
    {
        var zero = L.Create(0.0);
        var sign = L.Select(L.GreaterThan(x, zero), L.Create(1.0), L.Select(L.LessThan(x, zero), L.Create(-1.0), zero));
        return L.Select(L.EqualTo(x, x), sign, x);
    }
}

/// <summary>Heaviside H(x) with H(0) = ½ and NaN kept: bitwise <c>SpecialFunctions.Heaviside</c>.</summary>
internal readonly struct HeavisideFunction : IVectorFunction
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Apply<TV, L>(TV x) where TV : struct where L : ILanes<TV>
    {
        var zero = L.Create(0.0);
        var step = L.Select(L.GreaterThan(x, zero), L.Create(1.0), L.Select(L.LessThan(x, zero), zero, L.Create(0.5)));
        return L.Select(L.EqualTo(x, x), step, x);
    }
}
