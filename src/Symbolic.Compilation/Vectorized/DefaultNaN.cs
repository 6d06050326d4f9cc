using System.Runtime.Intrinsics;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The NaN a <see cref="VectorizedFunction"/> returns: the default NaN (<see cref="double.NaN"/>, x86's "real
/// indefinite" 0xFFF8000000000000) in place of any NaN, whatever its payload and sign. Which NaN an operation returns
/// is not a property of the value: x86 returns the first source's NaN when both operands are NaN, and the JIT swaps
/// the operands of adds and multiplies as it likes (measured in Release: the product-sum sweep computed acc + x·y as
/// x·y + acc where the unfused sum, reading x·y from memory, kept acc first, so the two returned NaNs of opposite
/// sign; Debug, which swaps nothing, agreed). Whether a lane is NaN, and every other value, does not depend on a NaN
/// operand's payload in any operation of the tape, so writing the results' NaNs as the default NaN, once, when they
/// are copied out, makes fused, compiled and unfused evaluation agree bit for bit.
/// </summary>
internal static class DefaultNaN
{
    /// <summary>destination[i] = source[i], or the default NaN where that is NaN.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static void Copy(ReadOnlySpan<double> source, Span<double> destination)
    {
        if (destination.Length < source.Length) throw new ArgumentException("destination is shorter than source.", nameof(destination));
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
            for (; i + Vector512<double>.Count <= source.Length; i += Vector512<double>.Count)
            {
                var v = Vector512.Create(source.Slice(i, Vector512<double>.Count));
                Vector512.ConditionalSelect(Vector512.Equals(v, v), v, Vector512.Create(double.NaN)).CopyTo(destination[i..]);
            }
        else if (Vector256.IsHardwareAccelerated)
            for (; i + Vector256<double>.Count <= source.Length; i += Vector256<double>.Count)
            {
                var v = Vector256.Create(source.Slice(i, Vector256<double>.Count));
                Vector256.ConditionalSelect(Vector256.Equals(v, v), v, Vector256.Create(double.NaN)).CopyTo(destination[i..]);
            }
        for (; i < source.Length; i++) destination[i] = double.IsNaN(source[i]) ? double.NaN : source[i];
    }
}
