namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// A DAG lowered to straight-line slot code (<see cref="TapeBuilder"/>). A slot holds one value per point of a chunk;
/// the input slot receives the points, constant slots are filled once per workspace, and every other slot is reused
/// once its value is dead, so <see cref="SlotCount"/> stays small for deep DAGs.
/// </summary>
/// <param name="Instructions">The steps, in dependency order.</param>
/// <param name="SlotCount">Number of slots a workspace must hold.</param>
/// <param name="InputSlot">The slot the points are copied into, or −1 when the expression ignores them.</param>
/// <param name="OutputSlot">The slot holding the result after the last step.</param>
/// <param name="Constants">Constant slots and their values (hoisted: written once per workspace).</param>
internal sealed record Tape(Instruction[] Instructions, int SlotCount, int InputSlot, int OutputSlot, (int Slot, double Value)[] Constants);

/// <summary>One tape step: <paramref name="Target"/> ← op(<paramref name="Operands"/>), all slot indices.</summary>
/// <param name="Op">The operation.</param>
/// <param name="Target">The slot written.</param>
/// <param name="Operands">The slots read, in the operation's order (sum terms, product factors, base then exponent,
/// call arguments).</param>
/// <param name="Coefficients">Sum: cᵢ per operand; empty otherwise.</param>
/// <param name="Immediate">Sum: the constant c₀; Product: the coefficient; SmallPower and ScalarPowerConstant: the
/// exponent; unused otherwise.</param>
/// <param name="Scalar">ScalarUnary/ScalarBinary: the descriptor's evaluator delegate; null otherwise.</param>
internal sealed record Instruction(OpCode Op, int Target, int[] Operands, double[] Coefficients, double Immediate, Delegate? Scalar)
{
    /// <summary>An instruction without coefficients, immediate or scalar method.</summary>
    public static Instruction Of(OpCode op, int target, params int[] operands) => new(op, target, operands, [], 0, null);

    /// <summary>The operands without repeats, in order of first occurrence (as LINQ's Distinct gives them); the array
    /// itself when there are none, which is the rule for the few operands of an instruction.</summary>
    public static int[] DistinctOperands(int[] operands)
    {
        int distinct = 0;
        for (int i = 0; i < operands.Length; i++)
            if (Array.IndexOf(operands, operands[i], 0, i) < 0) distinct++;
        if (distinct == operands.Length) return operands;
        var result = new int[distinct];
        for (int i = 0, k = 0; i < operands.Length; i++)
            if (Array.IndexOf(operands, operands[i], 0, i) < 0) result[k++] = operands[i];
        return result;
    }
}
