namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Orders tape instructions to keep few values alive at once, so a deep DAG runs in a handful of slots (a cache-sized
/// working set) instead of one slot per pending value. Greedy list scheduling: among the instructions whose operands
/// are all computed, run the one that releases the most operand values (it is their last reader), the earliest in the
/// original post-order first on ties, which keeps the post-order's depth-first locality (a long sum's terms are made
/// in order and folded eight at a time) and retires shared values as soon as their last reader can run. For the FC NTK
/// the plain post-order keeps ≈ 2 values per layer alive (every acos(Σₗ) waits for the Θ chain); this order keeps 7–8
/// slots at any depth. A heap per score with lazy deletion makes it O(n log n + Σ readers²).
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
        var operands = new int[code.Count][];
        for (int i = 0; i < code.Count; i++) operands[i] = Instruction.DistinctOperands(code[i].Operands);
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

        // score[i] = operands whose last unscheduled reader is i. buckets[s] holds ready instructions pushed with
        // score s, earliest first; an entry is stale once its instruction ran or its score changed.
        var score = new int[code.Count];
        var done = new bool[code.Count];
        for (int r = constantRegisters; r < registers; r++)
            if (r != root && remaining[r] == 1) score[readers[r][0]]++;
        var buckets = new List<PriorityQueue<int, int>>();
        for (int i = 0; i < code.Count; i++)
            if (waiting[i] == 0) Push(i);

        var order = new List<Instruction>(code.Count);
        for (int s = buckets.Count - 1; s >= 0;)
        {
            if (buckets[s].Count == 0) { s--; continue; }
            int chosen = buckets[s].Dequeue();
            if (done[chosen] || score[chosen] != s) continue;
            done[chosen] = true;
            order.Add(code[chosen]);
            foreach (int r in operands[chosen])
            {
                if (--remaining[r] != 1 || r < constantRegisters || r == root) continue;
                int last = readers[r].First(reader => !done[reader]);
                score[last]++;
                if (waiting[last] == 0) Push(last);
            }
            foreach (int reader in readers[code[chosen].Target] ?? [])
                if (--waiting[reader] == 0) Push(reader);
            s = buckets.Count - 1;
        }
        if (order.Count != code.Count) throw new InvalidOperationException("The tape has a dependency cycle.");
        return order;

        void Push(int i)
        {
            while (buckets.Count <= score[i]) buckets.Add(new PriorityQueue<int, int>());
            buckets[score[i]].Enqueue(i, i);
        }
    }
}
