using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The <see cref="OpCode.Sum"/> and <see cref="OpCode.ClampedSum"/> sweeps: v = c₀, then v += cᵢ·xᵢ left to right as
/// <c>Evaluator</c>'s <c>total += c * v</c> (no fused multiply-add), with up to four operands unrolled so no inner
/// loop runs per vector; the clamped form then stores min(hi, max(lo, v)) in the same pass.
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="L">Its lane operations.</typeparam>
internal static class SumKernels<TV, L> where TV : struct where L : ILanes<TV>
{
    /// <summary>target ← c₀ + Σ cᵢ·xᵢ over <paramref name="padded"/> points, clamped when <typeparamref name="T"/>
    /// says so (the bounds then follow the n coefficients).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run<T>(ref double origin, nuint stride, Instruction ins, ref double target, nuint padded) where T : ISumTail
    {
        var operands = ins.Operands;
        var c = ins.Coefficients;
        int n = operands.Length;
        var constant = L.Create(ins.Immediate);
        var lo = T.Clamps ? L.Create(c[n]) : default;
        var hi = T.Clamps ? L.Create(c[n + 1]) : default;
        nuint width = (nuint)L.Count;
        ref double x0 = ref Unsafe.Add(ref origin, (nuint)operands[0] * stride);
        switch (n)
        {
            case 1:
                for (nuint i = 0; i < padded; i += width)
                    L.Store(T.Apply<TV, L>(Term(constant, L.Load(ref x0, i), c[0]), lo, hi), ref target, i);
                return;
            case 2:
            {
                ref double x1 = ref Unsafe.Add(ref origin, (nuint)operands[1] * stride);
                double c0 = c[0], c1 = c[1];
                for (nuint i = 0; i < padded; i += width)
                    L.Store(T.Apply<TV, L>(Term(Term(constant, L.Load(ref x0, i), c0), L.Load(ref x1, i), c1), lo, hi), ref target, i);
                return;
            }
            case 3:
            {
                ref double x1 = ref Unsafe.Add(ref origin, (nuint)operands[1] * stride);
                ref double x2 = ref Unsafe.Add(ref origin, (nuint)operands[2] * stride);
                double c0 = c[0], c1 = c[1], c2 = c[2];
                for (nuint i = 0; i < padded; i += width)
                {
                    var v = Term(Term(Term(constant, L.Load(ref x0, i), c0), L.Load(ref x1, i), c1), L.Load(ref x2, i), c2);
                    L.Store(T.Apply<TV, L>(v, lo, hi), ref target, i);
                }
                return;
            }
            case 4:
            {
                ref double x1 = ref Unsafe.Add(ref origin, (nuint)operands[1] * stride);
                ref double x2 = ref Unsafe.Add(ref origin, (nuint)operands[2] * stride);
                ref double x3 = ref Unsafe.Add(ref origin, (nuint)operands[3] * stride);
                double c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3];
                for (nuint i = 0; i < padded; i += width)
                {
                    var v = Term(Term(Term(constant, L.Load(ref x0, i), c0), L.Load(ref x1, i), c1), L.Load(ref x2, i), c2);
                    L.Store(T.Apply<TV, L>(Term(v, L.Load(ref x3, i), c3), lo, hi), ref target, i);
                }
                return;
            }
        }
        Span<nuint> offsets = n <= 64 ? stackalloc nuint[n] : new nuint[n];
        for (int j = 0; j < n; j++) offsets[j] = (nuint)operands[j] * stride;
        for (nuint i = 0; i < padded; i += width)
        {
            var acc = constant;
            for (int j = 0; j < offsets.Length; j++) acc = Term(acc, L.Load(ref origin, offsets[j] + i), c[j]);
            L.Store(T.Apply<TV, L>(acc, lo, hi), ref target, i);
        }
    }

    /// <summary>acc + c·x, as Evaluator's <c>total += c * v</c>; c = ±1 as a plain add or subtract (bitwise the same
    /// as multiplying by ±1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Term(TV acc, TV x, double c) =>
        c == 1 ? L.Add(acc, x) : c == -1 ? L.Subtract(acc, x) : L.Add(acc, L.Multiply(L.Create(c), x));
}
