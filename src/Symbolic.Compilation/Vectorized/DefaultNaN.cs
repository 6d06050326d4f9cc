using System.Runtime.CompilerServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The NaN a sum or product sweep stores: the default NaN (<see cref="double.NaN"/>, the x86 "real indefinite"
/// 0xFFF8000000000000) in every NaN lane, whatever the operands' payloads and signs. x86 arithmetic with two NaN
/// operands returns the first source's NaN, and the JIT freely swaps the operands of an add or multiply (it treats them
/// as commutative, which they are except for the NaN payload): measured in Release, the product-sum sweep computed
/// acc + x·y as x·y + acc where the unfused sum, reading x·y from memory, kept acc first, so the two returned NaNs of
/// opposite sign. Writing every sum's and product's NaN as the default NaN makes the stored bits independent of the
/// operand order the JIT picks, hence equal between fused and unfused tapes at any optimisation level; the other
/// lanes are untouched, and whether a lane is NaN does not depend on the order.
/// </summary>
internal static class DefaultNaN
{
    /// <summary><paramref name="v"/> with each NaN lane replaced by the default NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TV Of<TV, L>(TV v) where TV : struct where L : ILanes<TV> => L.Select(L.EqualTo(v, v), v, L.Create(double.NaN));
}
