using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// One thread's slots for running a <see cref="Tape"/> over a chunk: SlotCount × ChunkSize doubles in one pinned array,
/// 64-byte aligned so every vector load stays within a cache line, with the constant slots filled once. Not
/// thread-safe: each worker owns one.
/// </summary>
internal sealed class Workspace
{
    private const int AlignmentDoubles = 8;   // 64 bytes

    private readonly double[] _buffer;
    private readonly int _origin;

    /// <summary>Slots for <paramref name="tape"/> with <paramref name="chunkSize"/> points each (a multiple of 8).</summary>
    public Workspace(Tape tape, int chunkSize)
    {
        ChunkSize = chunkSize;
        _buffer = GC.AllocateArray<double>(Math.Max(tape.SlotCount, 1) * chunkSize + AlignmentDoubles, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_buffer, 0);
        _origin = (int)((AlignmentDoubles - address / sizeof(double) % AlignmentDoubles) % AlignmentDoubles);
        foreach (var (slot, value) in tape.Constants) Slot(slot).Fill(value);
    }

    /// <summary>Points per slot.</summary>
    public int ChunkSize { get; }

    /// <summary>The first element of slot 0; slot s starts at s·ChunkSize.</summary>
    public ref double Origin
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _buffer[_origin];
    }

    /// <summary>The values of slot <paramref name="slot"/>.</summary>
    public Span<double> Slot(int slot) => _buffer.AsSpan(_origin + slot * ChunkSize, ChunkSize);
}
