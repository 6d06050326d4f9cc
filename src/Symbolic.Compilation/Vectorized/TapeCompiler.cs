using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Symbolic.Compilation.Vectorized;

/// <summary>A compiled run of tape instructions over one chunk: lane vector by lane vector from index 0 up to
/// <paramref name="padded"/>, returning <paramref name="padded"/> when done, or the index of the first vector it
/// left unwritten because a lane needs the sweeps' per-lane path (an x² argument outside (2⁻²⁰⁰, 2²⁰⁰)).</summary>
/// <param name="origin">The workspace's slot 0.</param>
/// <param name="padded">The chunk's length rounded up to whole vectors.</param>
/// <param name="offsets">Where the slots the run addresses start, from <paramref name="origin"/>, in the order of the
/// run's first mention of each.</param>
internal delegate long LoopBody(ref double origin, long padded, long[] offsets);

/// <summary>A run of the tape (<see cref="LoopRun"/>), the loop compiled for its shape and the offsets of its slots.</summary>
internal sealed record CompiledLoop(int First, int Count, LoopBody Body, long[] Offsets)
{
    /// <summary>Runs the loop over the chunk at <paramref name="origin"/> (see <see cref="LoopBody"/>).</summary>
    public long Run(ref double origin, long padded) => Body(ref origin, padded, Offsets);
}

/// <summary>
/// Compiles the runs <see cref="LoopPlanner"/> chooses into loops (System.Linq.Expressions, so the JIT specialises
/// and inlines them like hand-written code): per vector, each instruction's value is computed by the very lane
/// methods its sweep uses (<see cref="SumKernels{TV, L}.Term"/>, <see cref="FusedKernels{TV, L}"/>'s lane methods,
/// the <see cref="IVectorFunction"/>s, …) in the same order, its operands taken from registers when the run computed
/// them and loaded otherwise, constant slots folded to immediates, and only the slots read after the run stored.
/// The values are therefore bitwise those of the sweeps. Each vector's lanes depend on that vector alone and every
/// load of an iteration precedes its stores, so a run may overwrite the slots it reads (as the slot allocator
/// allows). A vector with a lane the lane methods do not cover (SmallPower's and x²'s Math.Pow range) stops the loop
/// before anything of it is stored; <see cref="TapeRunner{TV, L}"/> finishes the chunk with the run's sweeps.
/// </summary>
/// <typeparam name="TV">The vector type.</typeparam>
/// <typeparam name="L">Its lane operations.</typeparam>
internal static class TapeCompiler<TV, L> where TV : struct where L : ILanes<TV>
{
    private static readonly Type[] s_lanes = [typeof(TV), typeof(L)];
    private static readonly MethodInfo s_load = Own(nameof(Load)), s_store = Own(nameof(Store));
    private static readonly MethodInfo s_create = Lane(nameof(ILanes<TV>.Create)), s_multiply = Lane(nameof(ILanes<TV>.Multiply));
    private static readonly MethodInfo s_max = Lane(nameof(ILanes<TV>.Max)), s_min = Lane(nameof(ILanes<TV>.Min));
    private static readonly MethodInfo s_term = typeof(SumKernels<TV, L>).GetMethod(nameof(SumKernels<TV, L>.Term))!;
    private static readonly MethodInfo s_clamped = Tail<Clamped>(), s_clampedNonzero = Tail<ClampedNonzero>(), s_unclamped = Tail<Unclamped>();
    private static readonly MethodInfo s_inRange = typeof(SmallPowers<TV, L>).GetMethod(nameof(SmallPowers<TV, L>.InRange))!;
    private static readonly MethodInfo s_power = typeof(SmallPowers<TV, L>).GetMethod(nameof(SmallPowers<TV, L>.Power))!;
    private static readonly MethodInfo s_acosAffine = Fused(nameof(FusedKernels<TV, L>.AcosAffineLane));
    private static readonly MethodInfo s_scaledSqrt = Fused(nameof(FusedKernels<TV, L>.ScaledSqrtAffineSquareLane));
    private static readonly MethodInfo s_signedStep = Fused(nameof(FusedKernels<TV, L>.SignedStepLane));

    /// <summary>The compiled loops of <paramref name="tape"/>'s runs, for workspaces of
    /// <paramref name="chunkSize"/> points per slot. Runs of the same shape — the same operations on the same
    /// pattern of slots, as every middle layer of a kernel recursion is — share one compiled loop.</summary>
    public static CompiledLoop[] Compile(Tape tape, int chunkSize)
    {
        var constants = tape.Constants.ToDictionary(c => c.Slot, c => c.Value);
        var shapes = new Dictionary<string, LoopBody>();
        var loops = new List<CompiledLoop>();
        foreach (var run in LoopPlanner.Runs(tape))
        {
            var slots = Slots(tape, run, constants);
            string shape = Shape(tape, run, constants, slots);
            if (!shapes.TryGetValue(shape, out var body)) shapes[shape] = body = Compile(tape, run, constants, slots);
            loops.Add(new CompiledLoop(run.First, run.Count, body, [.. slots.Select(slot => (long)slot * chunkSize)]));
        }
        return [.. loops];
    }

    // The run's non-constant slots in the order of first mention (each instruction's operands, then its target).
    private static List<int> Slots(Tape tape, LoopRun run, Dictionary<int, double> constants)
    {
        var slots = new List<int>();
        for (int k = run.First; k < run.First + run.Count; k++)
            foreach (int slot in tape.Instructions[k].Operands.Append(tape.Instructions[k].Target))
                if (!constants.ContainsKey(slot) && !slots.Contains(slot)) slots.Add(slot);
        return slots;
    }

    // What the compiled loop depends on: the operations, their constants, and which slot (by first mention) each
    // reads, writes and stores.
    private static string Shape(Tape tape, LoopRun run, Dictionary<int, double> constants, List<int> slots)
    {
        var shape = new StringBuilder();
        string Slot(int slot) => constants.TryGetValue(slot, out double value) ? Bits(value) : "#" + slots.IndexOf(slot).ToString(CultureInfo.InvariantCulture);
        static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x", CultureInfo.InvariantCulture);
        for (int k = run.First; k < run.First + run.Count; k++)
        {
            var ins = tape.Instructions[k];
            shape.Append(ins.Op).Append(' ').Append(Slot(ins.Target)).Append('(').AppendJoin(',', ins.Operands.Select(Slot)).Append(')')
                .Append('[').AppendJoin(',', ins.Coefficients.Select(Bits)).Append(']').Append(Bits(ins.Immediate)).Append(';');
        }
        return shape.Append("store ").AppendJoin(',', run.Stores.Select(Slot)).ToString();
    }

    private static LoopBody Compile(Tape tape, LoopRun run, Dictionary<int, double> constants, List<int> slots)
    {
        var origin = Expression.Parameter(typeof(double).MakeByRefType(), "origin");
        var padded = Expression.Parameter(typeof(long), "padded");
        var offsets = Expression.Parameter(typeof(long[]), "offsets");
        var i = Expression.Variable(typeof(long), "i");
        var ok = Expression.Variable(typeof(bool), "ok");
        // The slots' offsets, read once before the loop.
        var bases = slots.Select((_, p) => Expression.Variable(typeof(long), "o" + p.ToString(CultureInfo.InvariantCulture))).ToArray();
        var locals = new List<ParameterExpression> { i, ok };
        locals.AddRange(bases);
        var body = new List<Expression> { Expression.Assign(ok, Expression.Constant(true)) };
        var registers = new Dictionary<int, ParameterExpression>();
        bool guarded = false;

        Expression Offset(int slot) => Expression.Add(bases[slots.IndexOf(slot)], i);

        Expression Operand(int slot)
        {
            if (constants.TryGetValue(slot, out double value)) return Create(value);
            if (registers.TryGetValue(slot, out var register)) return register;
            return registers[slot] = Define(Expression.Call(s_load, origin, Offset(slot)));
        }

        ParameterExpression Define(Expression value)
        {
            var local = Expression.Variable(typeof(TV));
            locals.Add(local);
            body.Add(Expression.Assign(local, value));
            return local;
        }

        void Guard(Expression x)
        {
            guarded = true;
            body.Add(Expression.Assign(ok, Expression.And(ok, Expression.Call(s_inRange, x))));
        }

        for (int k = run.First; k < run.First + run.Count; k++)
        {
            var ins = tape.Instructions[k];
            var operands = ins.Operands.Select(Operand).ToArray();
            var value = Value(ins, operands, Guard);
            registers[ins.Target] = Define(value);
        }
        var done = Expression.Label(typeof(long), "done");
        if (guarded) body.Add(Expression.IfThen(Expression.Not(ok), Expression.Break(done, i)));
        foreach (int slot in run.Stores) body.Add(Expression.Call(s_store, registers[slot], origin, Offset(slot)));
        body.Add(Expression.AddAssign(i, Expression.Constant((long)L.Count)));

        var start = bases.Select((b, p) => (Expression)Expression.Assign(b, Expression.ArrayIndex(offsets, Expression.Constant(p))));
        var loop = Expression.Block(locals,
            start.Append(Expression.Assign(i, Expression.Constant(0L)))
                .Append(Expression.Loop(Expression.IfThenElse(Expression.LessThan(i, padded), Expression.Block(body), Expression.Break(done, i)), done)));
        return Expression.Lambda<LoopBody>(loop, $"tape_{run.First}_{run.Count}", [origin, padded, offsets]).Compile();
    }

    // The value of one instruction from its operands' vectors, as its sweep computes it.
    private static Expression Value(Instruction ins, Expression[] x, Action<Expression> guard)
    {
        var c = ins.Coefficients;
        switch (ins.Op)
        {
            case OpCode.Sum:
            case OpCode.ClampedSum:
            {
                var acc = Create(ins.Immediate);
                for (int j = 0; j < x.Length; j++) acc = Term(acc, x[j], c[j]);
                return Tail(ins.Op == OpCode.ClampedSum, acc, c);
            }
            case OpCode.ProductSum:
            case OpCode.ClampedProductSum:
            {
                int n = (c.Length - (ins.Op == OpCode.ClampedProductSum ? 2 : 0)) / 2;
                var acc = Create(ins.Immediate);
                for (int j = 0, r = 0; j < n; j++)
                {
                    var term = c[n + j] == 2 ? Expression.Call(s_multiply, x[r], x[r + 1]) : x[r];
                    r += (int)c[n + j];
                    acc = Term(acc, term, c[j]);
                }
                return Tail(ins.Op == OpCode.ClampedProductSum, acc, c);
            }
            case OpCode.Product:
            {
                var acc = x[0];
                if (ins.Immediate != 1) acc = Expression.Call(s_multiply, Create(ins.Immediate), acc);
                for (int j = 1; j < x.Length; j++) acc = Expression.Call(s_multiply, acc, x[j]);
                return acc;
            }
            case OpCode.Max: return Expression.Call(s_max, x[0], x[1]);
            case OpCode.Min: return Expression.Call(s_min, x[0], x[1]);
            case OpCode.SmallPower:
            {
                guard(x[0]);
                var (whole, root, invert) = SmallPowers<TV, L>.Decompose(ins.Immediate);
                return Expression.Call(s_power, x[0], Expression.Constant(whole), Expression.Constant(root), Expression.Constant(invert));
            }
            case OpCode.AcosAffine:
                return Expression.Call(s_acosAffine, x[0], Create(c[0]), Expression.Constant(c[1]), Create(ins.Immediate));
            case OpCode.ScaledSqrtAffineSquare:
                guard(x[0]);
                return Expression.Call(s_scaledSqrt, x[0], Expression.Constant(c[0]), Create(c[1]), Create(ins.Immediate));
            case OpCode.SignedStep:
                return Expression.Call(s_signedStep, x[0], Expression.Constant(c[0]), Expression.Constant(c[1] == 1), Create(ins.Immediate));
            default:
                return Expression.Call(Function(ins.Op), x[0]);
        }
    }

    // The IVectorFunction of a unary opcode.
    private static MethodInfo Function(OpCode op)
    {
        var type = op switch
        {
            OpCode.Sqrt => typeof(SqrtFunction),
            OpCode.Reciprocal => typeof(ReciprocalFunction),
            OpCode.Acos => typeof(AcosFunction),
            OpCode.Asin => typeof(AsinFunction),
            OpCode.Atan => typeof(AtanFunction),
            OpCode.Exp => typeof(ExpFunction),
            OpCode.Log => typeof(LogFunction),
            OpCode.Sin => typeof(SinFunction),
            OpCode.Cos => typeof(CosFunction),
            OpCode.Abs => typeof(AbsFunction),
            OpCode.Sign => typeof(SignFunction),
            OpCode.Heaviside => typeof(HeavisideFunction),
            _ => throw new System.Diagnostics.UnreachableException($"The tape compiler lacks {op}."),
        };
        return type.GetMethod(nameof(IVectorFunction.Apply))!.MakeGenericMethod(s_lanes);
    }

    private static Expression Term(Expression acc, Expression x, double c) => Expression.Call(s_term, acc, x, Expression.Constant(c));

    // The sum's tail: the clamp to [lo, hi] (the last two coefficients) when clamped, as the sweep picks it.
    private static Expression Tail(bool clamped, Expression acc, double[] c) =>
        !clamped ? Expression.Call(s_unclamped, acc, Create(0), Create(0))
        : Expression.Call(ClampedNonzero.Fits(c) ? s_clampedNonzero : s_clamped, acc, Create(c[^2]), Create(c[^1]));

    private static Expression Create(double value) => Expression.Call(s_create, Expression.Constant(value));

    /// <summary>The vector at <paramref name="offset"/> from <paramref name="origin"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Load(ref double origin, long offset) => L.Load(ref origin, (nuint)offset);

    /// <summary>Stores <paramref name="value"/> at <paramref name="offset"/> from <paramref name="origin"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Store(TV value, ref double origin, long offset) => L.Store(value, ref origin, (nuint)offset);

    private static MethodInfo Own(string name) => typeof(TapeCompiler<TV, L>).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static MethodInfo Lane(string name) => typeof(L).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    private static MethodInfo Fused(string name) => typeof(FusedKernels<TV, L>).GetMethod(name)!;

    private static MethodInfo Tail<T>() where T : ISumTail => typeof(T).GetMethod(nameof(ISumTail.Apply))!.MakeGenericMethod(s_lanes);
}
