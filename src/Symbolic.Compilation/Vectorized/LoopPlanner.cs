namespace Symbolic.Compilation.Vectorized;

/// <summary>A run of consecutive tape instructions that one compiled loop executes: instructions
/// <paramref name="First"/> to <paramref name="First"/> + <paramref name="Count"/> − 1, storing only the slots in
/// <paramref name="Stores"/> (those it writes whose last value is read after it, or is the result).</summary>
internal sealed record LoopRun(int First, int Count, int[] Stores);

/// <summary>
/// Splits a tape into the runs its compiled loops execute (<see cref="TapeCompiler{TV, L}"/>). A run's instructions
/// share one pass over the chunk, vector by vector, so the values they pass to each other stay in registers; only
/// what a run reads from before it is loaded and only what is read after it is stored. A run must not grow past
/// about one FC layer of work (<see cref="Budget"/> lane operations): the out-of-order core overlaps consecutive
/// vectors only while a few iterations fit its window, and a loop over a whole deep tape runs at the latency of
/// one vector's chain. Among the splits within the budget, dynamic programming picks the one moving the fewest
/// vectors to and from memory (a 512-bit store counted as two loads: Zen 4 stores 256 bits per cycle, loads 512),
/// which for the kernel recursions puts the cuts between layers.
/// </summary>
internal static class LoopPlanner
{
    /// <summary>The most lane operations (<see cref="Cost"/>) one run holds: one FC ReLU layer (κ₀ with its acos,
    /// √(1 − Σ²)/π and the two sums, ≈ 50) fits, two do not.</summary>
    public const int Budget = 64;

    // The most instructions one run holds (bounds the search; the budget binds first in practice).
    private const int MaxInstructions = 24;

    // Relative costs of the traffic a split causes: a loop's fixed overhead, a vector load, a vector store.
    private const int LoopOverhead = 2, LoadCost = 1, StoreCost = 2;

    /// <summary>The runs of two or more instructions to compile, in tape order; the instructions between them run as
    /// single sweeps.</summary>
    public static List<LoopRun> Runs(Tape tape)
    {
        var code = tape.Instructions;
        int n = code.Length;
        var constant = new bool[tape.SlotCount];
        foreach (var (slot, _) in tape.Constants) constant[slot] = true;
        var liveBefore = LiveBefore(tape, constant);

        // best[b]: least cost of executing instructions [0, b); from[b]: where the last run of that split starts.
        var best = new long[n + 1];
        var from = new int[n + 1];
        for (int b = 1; b <= n; b++)
        {
            best[b] = long.MaxValue;
            int work = 0;
            for (int a = b - 1; a >= 0 && b - a <= MaxInstructions; a--)
            {
                bool single = b - a == 1;
                if (!single && (!Compilable(code[a].Op) || !Compilable(code[b - 1].Op))) break;
                work += Cost(code[a]);
                if (!single && work > Budget) break;
                long cost = best[a] + Traffic(code, a, b, constant, liveBefore[b], out _);
                if (cost < best[b]) (best[b], from[b]) = (cost, a);
            }
        }

        var runs = new List<LoopRun>();
        for (int b = n; b > 0; b = from[b])
        {
            int a = from[b];
            if (b - a < 2) continue;
            Traffic(code, a, b, constant, liveBefore[b], out var stores);
            runs.Add(new LoopRun(a, b - a, stores));
        }
        runs.Reverse();
        return runs;
    }

    /// <summary>Whether a compiled loop executes <paramref name="op"/>: every lane-wise vector opcode except the
    /// runtime's vector exp, log, sin and cos, which the JIT does not inline into a compiled loop (measured: a call
    /// per vector, spilling the loop's registers, twice the time of their own sweeps); the scalar opcodes address
    /// the workspace themselves.</summary>
    public static bool Compilable(OpCode op) =>
        op is not (OpCode.ScalarPowerConstant or OpCode.ScalarPower or OpCode.ScalarUnary or OpCode.ScalarBinary
            or OpCode.Exp or OpCode.Log or OpCode.Sin or OpCode.Cos);

    // Lane operations per vector, roughly (the acos polynomial and its selects ≈ 30, a sum ≈ one per term).
    private static int Cost(Instruction ins) => ins.Op switch
    {
        OpCode.Acos or OpCode.Asin => 30,
        OpCode.AcosAffine => 32,
        OpCode.Atan => 45,
        OpCode.ScaledSqrtAffineSquare => 8,
        OpCode.SignedStep => 12,
        OpCode.Sum or OpCode.Product => ins.Operands.Length + 1,
        OpCode.ClampedSum => ins.Operands.Length + 3,
        OpCode.ProductSum => ins.Operands.Length + 1,
        OpCode.ClampedProductSum => ins.Operands.Length + 3,
        OpCode.Sign or OpCode.Heaviside or OpCode.SmallPower => 5,
        OpCode.Max or OpCode.Min => 3,
        _ => 2,
    };

    // The loads, stores and overhead of running [a, b) as one pass; the slots it must store.
    private static long Traffic(Instruction[] code, int a, int b, bool[] constant, HashSet<int> liveAfter, out int[] stores)
    {
        var written = new HashSet<int>();
        var loaded = new HashSet<int>();
        for (int k = a; k < b; k++)
        {
            foreach (int r in code[k].Operands)
                if (!constant[r] && !written.Contains(r)) loaded.Add(r);
            written.Add(code[k].Target);
        }
        stores = [.. written.Where(liveAfter.Contains).Order()];
        // A single instruction runs as its sweep, which stores its value whether or not it is read later.
        return LoopOverhead + LoadCost * loaded.Count + StoreCost * (b - a == 1 ? 1 : stores.Length);
    }

    // liveBefore[p]: the slots whose values instruction p or a later one reads before overwriting them (the output
    // slot counting as read at the end); liveBefore[n] = {output}.
    private static HashSet<int>[] LiveBefore(Tape tape, bool[] constant)
    {
        var code = tape.Instructions;
        var live = new HashSet<int> { tape.OutputSlot };
        var result = new HashSet<int>[code.Length + 1];
        result[code.Length] = [.. live];
        for (int p = code.Length - 1; p >= 0; p--)
        {
            live.Remove(code[p].Target);
            foreach (int r in code[p].Operands)
                if (!constant[r]) live.Add(r);
            result[p] = [.. live];
        }
        return result;
    }
}
