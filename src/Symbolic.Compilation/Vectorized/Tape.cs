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
