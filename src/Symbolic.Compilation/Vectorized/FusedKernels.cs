using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The sweeps of the fused unary opcodes (<see cref="TapeFuser"/>): the same lane operations, in the same order, as
/// the unfused instructions they replace, kept in registers instead of being stored and reloaded between steps, with
/// the constant factors as immediates instead of constant slots. Multiplying by a constant that is not NaN commutes
/// bitwise, so k·v and v·k agree. Each ends, as the unfused sum or product it replaces last does, by storing a NaN as
/// the default NaN (<see cref="DefaultNaN"/>).
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="L">Its lane operations.</typeparam>
internal static class FusedKernels<TV, L> where TV : struct where L : ILanes<TV>
{
    /// <summary>target ← c₀ + c·(acos(x)·k) (<see cref="OpCode.AcosAffine"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AcosAffine(ref double source, ref double target, nuint padded, Instruction ins)
    {
        var k = L.Create(ins.Coefficients[0]);
        double c = ins.Coefficients[1];
        var c0 = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < padded; i += width)
        {
            var angle = L.Multiply(InverseTrig.Acos<TV, L>(L.Load(ref source, i)), k);
            L.Store(DefaultNaN.Of<TV, L>(SumKernels<TV, L>.Term(c0, angle, c)), ref target, i);
        }
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
        var low = L.Create(SmallPowers<TV, L>.Low);
        var high = L.Create(SmallPowers<TV, L>.High);
        nuint width = (nuint)L.Count;
        for (nuint i = start; i < padded; i += width)
        {
            var x = L.Load(ref source, i);
            var a = L.Abs(x);
            // NaN fails both comparisons, so it counts as outside.
            if (!L.All(L.And(L.GreaterThan(a, low), L.LessThan(a, high)))) return i;
            L.Store(DefaultNaN.Of<TV, L>(L.Multiply(L.Sqrt(SumKernels<TV, L>.Term(c0, L.Multiply(x, x), c)), k)), ref target, i);
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
        var value = SumKernels<TV, L>.Term(L.Create(ins.Immediate), L.Load(ref squares[0], 0), ins.Coefficients[0]);
        L.Store(DefaultNaN.Of<TV, L>(L.Multiply(L.Sqrt(value), L.Create(ins.Coefficients[1]))), ref target, i);
    }

    /// <summary>target ← sign(x)·H(c₀ + c·|x|) (<see cref="OpCode.SignedStep"/>), sign and H as
    /// <see cref="SignFunction"/> and <see cref="HeavisideFunction"/>, multiplied in the unfused product's order
    /// (Coefficients [c, 1] for sign·H, [c, 0] for H·sign; a NaN product is the default NaN either way).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SignedStep(ref double source, ref double target, nuint padded, Instruction ins)
    {
        double c = ins.Coefficients[0];
        bool signFirst = ins.Coefficients[1] == 1;
        var c0 = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < padded; i += width)
        {
            var x = L.Load(ref source, i);
            var step = HeavisideFunction.Apply<TV, L>(SumKernels<TV, L>.Term(c0, L.Abs(x), c));
            var sign = SignFunction.Apply<TV, L>(x);
            L.Store(DefaultNaN.Of<TV, L>(signFirst ? L.Multiply(sign, step) : L.Multiply(step, sign)), ref target, i);
        }
    }
}
