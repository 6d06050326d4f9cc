using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Runs a <see cref="Tape"/> level-major over one chunk: each instruction sweeps all points of the chunk before the
/// next starts, so independent points overlap in the pipeline instead of waiting on each other's latency
/// (TOOLCHAIN.md §2: ≈ 2.5× over point-major). Vector instructions cover the chunk rounded up to whole vectors (the
/// padding lanes compute harmless garbage that is never copied out); scalar ones cover exactly the points. Runs of
/// instructions with a compiled loop (<see cref="TapeCompiler{TV, L}"/>) make one pass for the whole run instead,
/// still level-major across runs: a run is about one kernel layer, so consecutive vectors overlap within it.
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="L">Its lane operations.</typeparam>
internal static class TapeRunner<TV, L> where TV : struct where L : ILanes<TV>
{
    /// <summary>Executes every instruction over the first <paramref name="length"/> points of the workspace, whose
    /// input slot already holds them, one sweep per instruction.</summary>
    public static void Run(Tape tape, Workspace workspace, int length) => Run(tape, [], workspace, length);

    /// <summary>As <see cref="Run(Tape, Workspace, int)"/>, with the runs of instructions that
    /// <paramref name="loops"/> cover (in tape order) executed by their compiled loops; where a loop stops early (a
    /// lane its compiled code does not handle), the rest of the chunk runs through the run's sweeps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(Tape tape, CompiledLoop[] loops, Workspace workspace, int length)
    {
        int width = L.Count;
        nuint padded = (nuint)((length + width - 1) / width * width);
        ref double origin = ref workspace.Origin;
        var instructions = tape.Instructions;
        int next = 0;
        for (int k = 0; k < instructions.Length;)
        {
            if (next < loops.Length && loops[next].First == k)
            {
                var loop = loops[next++];
                nuint stop = (nuint)loop.Run(ref origin, (long)padded);
                if (stop < padded)
                    for (int j = k; j < k + loop.Count; j++)
                        Execute(instructions[j], ref Unsafe.Add(ref origin, stop), padded - stop, workspace, length);
                k += loop.Count;
                continue;
            }
            Execute(instructions[k++], ref origin, padded, workspace, length);
        }
    }

    // One sweep of `ins` over `padded` lanes from `origin` (vector opcodes), or over the chunk's `length` points
    // (scalar opcodes, which address the workspace's slots themselves).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Execute(Instruction ins, ref double origin, nuint padded, Workspace workspace, int length)
    {
        nuint stride = (nuint)workspace.ChunkSize;
        ref double target = ref Unsafe.Add(ref origin, (nuint)ins.Target * stride);
        ref double first = ref Unsafe.Add(ref origin, (nuint)ins.Operands[0] * stride);
        switch (ins.Op)
        {
            case OpCode.Sum: SumKernels<TV, L>.Run<Unclamped>(ref origin, stride, ins, ref target, padded); break;
            case OpCode.ClampedSum when ClampedNonzero.Fits(ins.Coefficients):
                SumKernels<TV, L>.Run<ClampedNonzero>(ref origin, stride, ins, ref target, padded);
                break;
            case OpCode.ClampedSum: SumKernels<TV, L>.Run<Clamped>(ref origin, stride, ins, ref target, padded); break;
            case OpCode.ProductSum: ProductSumKernels<TV, L>.Run<Unclamped>(ref origin, stride, ins, ref target, padded); break;
            case OpCode.ClampedProductSum when ClampedNonzero.Fits(ins.Coefficients):
                ProductSumKernels<TV, L>.Run<ClampedNonzero>(ref origin, stride, ins, ref target, padded);
                break;
            case OpCode.ClampedProductSum: ProductSumKernels<TV, L>.Run<Clamped>(ref origin, stride, ins, ref target, padded); break;
            case OpCode.AcosAffine: FusedKernels<TV, L>.AcosAffine(ref first, ref target, padded, ins); break;
            case OpCode.ScaledSqrtAffineSquare: FusedKernels<TV, L>.ScaledSqrtAffineSquare(ref first, ref target, padded, ins); break;
            case OpCode.SignedStep: FusedKernels<TV, L>.SignedStep(ref first, ref target, padded, ins); break;
            case OpCode.Product: Product(ref origin, stride, ins, ref target, padded); break;
            case OpCode.Sqrt: LaneLoops.Map<TV, L, SqrtFunction>(ref first, ref target, padded); break;
            case OpCode.Reciprocal: LaneLoops.Map<TV, L, ReciprocalFunction>(ref first, ref target, padded); break;
            case OpCode.Acos: LaneLoops.Map<TV, L, AcosFunction>(ref first, ref target, padded); break;
            case OpCode.Asin: LaneLoops.Map<TV, L, AsinFunction>(ref first, ref target, padded); break;
            case OpCode.Atan: LaneLoops.Map<TV, L, AtanFunction>(ref first, ref target, padded); break;
            case OpCode.Exp: LaneLoops.Map<TV, L, ExpFunction>(ref first, ref target, padded); break;
            case OpCode.Log: LaneLoops.Map<TV, L, LogFunction>(ref first, ref target, padded); break;
            case OpCode.Sin: LaneLoops.Map<TV, L, SinFunction>(ref first, ref target, padded); break;
            case OpCode.Cos: LaneLoops.Map<TV, L, CosFunction>(ref first, ref target, padded); break;
            case OpCode.Abs: LaneLoops.Map<TV, L, AbsFunction>(ref first, ref target, padded); break;
            case OpCode.Sign: LaneLoops.Map<TV, L, SignFunction>(ref first, ref target, padded); break;
            case OpCode.Heaviside: LaneLoops.Map<TV, L, HeavisideFunction>(ref first, ref target, padded); break;
            case OpCode.Max: Binary(ref first, ref Unsafe.Add(ref origin, (nuint)ins.Operands[1] * stride), ref target, padded, max: true); break;
            case OpCode.Min: Binary(ref first, ref Unsafe.Add(ref origin, (nuint)ins.Operands[1] * stride), ref target, padded, max: false); break;
            case OpCode.SmallPower: SmallPowers<TV, L>.Run(ref first, ref target, padded, ins.Immediate); break;
            case OpCode.ScalarPowerConstant: ScalarLoops.PowerConstant(workspace, ins, length); break;
            case OpCode.ScalarPower: ScalarLoops.Power(workspace, ins, length); break;
            case OpCode.ScalarUnary: ScalarLoops.Unary(workspace, ins, length); break;
            case OpCode.ScalarBinary: ScalarLoops.Binary(workspace, ins, length); break;
            default: throw new System.Diagnostics.UnreachableException($"The tape runner lacks {ins.Op}.");
        }
    }

    // v = c·x₁·x₂·… left to right; for c = 1 the product starts from x₁ (1·x₁ = x₁ bitwise).
    private static void Product(ref double origin, nuint stride, Instruction ins, ref double target, nuint padded)
    {
        var operands = ins.Operands;
        bool unit = ins.Immediate == 1;
        var coefficient = L.Create(ins.Immediate);
        nuint width = (nuint)L.Count;
        ref double x = ref Unsafe.Add(ref origin, (nuint)operands[0] * stride);
        if (operands.Length <= 2)
        {
            ref double y = ref Unsafe.Add(ref origin, (nuint)operands[^1] * stride);
            bool pair = operands.Length == 2;
            for (nuint i = 0; i < padded; i += width)
            {
                var acc = L.Load(ref x, i);
                if (!unit) acc = L.Multiply(coefficient, acc);
                if (pair) acc = L.Multiply(acc, L.Load(ref y, i));
                L.Store(acc, ref target, i);
            }
            return;
        }
        Span<nuint> offsets = operands.Length <= 64 ? stackalloc nuint[operands.Length] : new nuint[operands.Length];
        for (int j = 0; j < operands.Length; j++) offsets[j] = (nuint)operands[j] * stride;
        for (nuint i = 0; i < padded; i += width)
        {
            var acc = L.Load(ref x, i);
            if (!unit) acc = L.Multiply(coefficient, acc);
            for (int j = 1; j < offsets.Length; j++) acc = L.Multiply(acc, L.Load(ref origin, offsets[j] + i));
            L.Store(acc, ref target, i);
        }
    }

    private static void Binary(ref double a, ref double b, ref double target, nuint padded, bool max)
    {
        nuint width = (nuint)L.Count;
        for (nuint i = 0; i < padded; i += width)
        {
            var x = L.Load(ref a, i);
            var y = L.Load(ref b, i);
            L.Store(max ? L.Max(x, y) : L.Min(x, y), ref target, i);
        }
    }
}
