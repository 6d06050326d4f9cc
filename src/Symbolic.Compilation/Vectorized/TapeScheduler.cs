namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Orders tape instructions to keep few values alive at once, so a deep DAG runs in a handful of slots (a cache-sized
/// working set) instead of one slot per pending value. Greedy list scheduling: among the instructions whose operands
/// are all computed, run the one that releases the most operand values (their last use), newest-ready first on ties,
/// which walks depth-first and retires shared values as soon as their last reader can run. For the FC NTK the plain
/// post-order keeps ≈ 2 values per layer alive (every acos(Σₗ) waits for the Θ chain); this order keeps O(1).
/// </summary>
internal static class TapeScheduler
{
    /// <summary>The same instructions (over registers, before slot assignment) in a dependency-respecting order.
    /// Registers below <paramref name="constantRegisters"/> are constants, always available and never released;
    /// <paramref name="root"/> is never released.</summary>
    public static List<Instruction> Order(List<Instruction> code, int registers, int constantRegisters, int root)
    {
        var producer = new int[registers];
        Array.Fill(producer, -1);
        for (int i = 0; i < code.Count; i++) producer[code[i].Target] = i;
        var operands = code.Select(ins => ins.Operands.Distinct().ToArray()).ToArray();
        var readers = new List<int>[registers];
        var remaining = new int[registers];
        var waiting = new int[code.Count];
        for (int i = 0; i < code.Count; i++)
            foreach (int r in operands[i])
            {
                (readers[r] ??= []).Add(i);
                remaining[r]++;
                if (producer[r] >= 0) waiting[i]++;
            }

        var ready = new List<int>();
        for (int i = 0; i < code.Count; i++)
            if (waiting[i] == 0) ready.Add(i);
        var order = new List<Instruction>(code.Count);
        while (ready.Count > 0)
        {
            int best = ready.Count - 1, bestScore = int.MinValue;
            for (int k = ready.Count - 1; k >= 0; k--)
            {
                int score = Released(operands[ready[k]]);
                if (score > bestScore) (best, bestScore) = (k, score);
            }
            int chosen = ready[best];
            ready.RemoveAt(best);
            order.Add(code[chosen]);
            foreach (int r in operands[chosen]) remaining[r]--;
            foreach (int reader in readers[code[chosen].Target] ?? [])
                if (--waiting[reader] == 0) ready.Add(reader);
        }
        if (order.Count != code.Count) throw new InvalidOperationException("The tape has a dependency cycle.");
        return order;

        int Released(int[] reads)
        {
            int released = 0;
            foreach (int r in reads)
                if (r >= constantRegisters && r != root && remaining[r] == 1) released++;
            return released;
        }
    }
}
