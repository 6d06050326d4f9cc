using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The sweeps of the fused unary opcodes (<see cref="TapeFuser"/>): the same lane operations, in the same order, as
/// the unfused instructions they replace, kept in registers instead of being stored and reloaded between steps, with
/// the constant factors as immediates instead of constant slots. Multiplying by a constant that is not NaN commutes
/// bitwise, so k·v and v·k agree (NaN payloads aside: the function returns every NaN as the default NaN,
/// <see cref="DefaultNaN"/>). The per-vector values are the *Lane methods, which the compiled loops
/// (<see cref="TapeCompiler{TV, L}"/>) call too, so both paths compute the same operations.
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="L">Its lane operations.</typeparam>
internal static class FusedKernels<TV, L> where TV : struct where L : ILanes<TV>
{
    /// <summary>c₀ + c·(acos(x)·k) for one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV AcosAffineLane(TV x, TV k, double c, TV c0) =>
        SumKernels<TV, L>.Term(c0, L.Multiply(InverseTrig.Acos<TV, L>(x), k), c);

    /// <summary>k·√(c₀ + c·x·x) for one vector whose lanes all pass <see cref="SmallPowers{TV, L}.InRange"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV ScaledSqrtAffineSquareLane(TV x, double c, TV k, TV c0) =>
        ScaledSqrtAffine(L.Multiply(x, x), c, k, c0);

    /// <summary>sign(x)·H(c₀ + c·|x|) (or H·sign) for one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV SignedStepLane(TV x, double c, bool signFirst, TV c0)
    {
        var step = HeavisideFunction.Apply<TV, L>(SumKernels<TV, L>.Term(c0, L.Abs(x), c));
        var sign = SignFunction.Apply<TV, L>(x);
        return signFirst ? L.Multiply(sign, step) : L.Multiply(step, sign);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TV ScaledSqrtAffine(TV square, double c, TV k, TV c0) =>
        L.Multiply(L.Sqrt(SumKernels<TV, L>.Term(c0, square, c)), k);

    /// <summary>target ← c₀ + c·(acos(x)·k) (<see cref="OpCode.AcosAffine"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AcosAffine(ref double source, ref double target, nuint padded, Instruction ins)
    {
        var k = L.Create(ins.Coefficients[0]);
        double c = ins.Coefficients[1];
        var c0 = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < padded; i += width)
            L.Store(AcosAffineLane(L.Load(ref source, i), k, c, c0), ref target, i);
    }

    /// <summary>target ← k·√(c₀ + c·x²) (<see cref="OpCode.ScaledSqrtAffineSquare"/>), x² as x·x where
    /// 2⁻²⁰⁰ &lt; |x| &lt; 2²⁰⁰ and as <see cref="Math.Pow"/>(x, 2) elsewhere, lane by lane, as
    /// <see cref="SmallPowers{TV, L}"/> does. The sweep runs call-free (a call inside the loop makes the JIT keep its
    /// vector constants in memory, measured 2× slower in some processes); a vector with a lane outside the range
    /// stops it and is redone on its own.</summary>
    public static void ScaledSqrtAffineSquare(ref double source, ref double target, nuint padded, Instruction ins)
    {
        nuint width = (nuint)L.Count;
        for (nuint i = SquaresWhileInRange(ref source, ref target, 0, padded, ins); i < padded;
             i = SquaresWhileInRange(ref source, ref target, i + width, padded, ins))
            SquaresByPower(ref source, ref target, i, ins);
    }

    // The sweep from `start` up to the first vector with a lane outside (2⁻²⁰⁰, 2²⁰⁰) (NaN and ±0 included), whose
    // index it returns unwritten, or `padded`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization | MethodImplOptions.NoInlining)]
    private static nuint SquaresWhileInRange(ref double source, ref double target, nuint start, nuint padded, Instruction ins)
    {
        double c = ins.Coefficients[0];
        var k = L.Create(ins.Coefficients[1]);
        var c0 = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        for (nuint i = start; i < padded; i += width)
        {
            var x = L.Load(ref source, i);
            if (!SmallPowers<TV, L>.InRange(x)) return i;
            L.Store(ScaledSqrtAffineSquareLane(x, c, k, c0), ref target, i);
        }
        return padded;
    }

    // One vector at `i` with Math.Pow(x, 2) in the lanes outside (2⁻²⁰⁰, 2²⁰⁰), x·x in the others.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void SquaresByPower(ref double source, ref double target, nuint i, Instruction ins)
    {
        var x = L.Load(ref source, i);
        Span<double> arguments = stackalloc double[L.Count];
        Span<double> squares = stackalloc double[L.Count];
        L.Store(x, ref arguments[0], 0);
        L.Store(L.Multiply(x, x), ref squares[0], 0);
        for (int j = 0; j < arguments.Length; j++)
        {
            double magnitude = Math.Abs(arguments[j]);
            if (!(magnitude > SmallPowers<TV, L>.Low && magnitude < SmallPowers<TV, L>.High)) squares[j] = Math.Pow(arguments[j], 2);
        }
        var value = ScaledSqrtAffine(L.Load(ref squares[0], 0), ins.Coefficients[0], L.Create(ins.Coefficients[1]), L.Create(ins.Immediate));
        L.Store(value, ref target, i);
    }

    /// <summary>target ← sign(x)·H(c₀ + c·|x|) (<see cref="OpCode.SignedStep"/>), sign and H as
    /// <see cref="SignFunction"/> and <see cref="HeavisideFunction"/>, multiplied in the unfused product's order
    /// (Coefficients [c, 1] for sign·H, [c, 0] for H·sign).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SignedStep(ref double source, ref double target, nuint padded, Instruction ins)
    {
        double c = ins.Coefficients[0];
        bool signFirst = ins.Coefficients[1] == 1;
        var c0 = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < padded; i += width)
            L.Store(SignedStepLane(L.Load(ref source, i), c, signFirst, c0), ref target, i);
    }
}
