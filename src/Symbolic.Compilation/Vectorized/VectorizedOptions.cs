namespace Symbolic.Compilation.Vectorized;

/// <summary>How a <see cref="VectorizedFunction"/> is built.</summary>
public sealed record VectorizedOptions
{
    /// <summary>The default options: widest accelerated width, 512-point chunks, vectorised functions.</summary>
    public static VectorizedOptions Default { get; } = new();

    /// <summary>The SIMD width (default <see cref="VectorWidth.Auto"/>).</summary>
    public VectorWidth Width { get; init; } = VectorWidth.Auto;

    /// <summary>Points per chunk: every instruction sweeps one chunk before the next runs, so a slot is
    /// ChunkSize·8 bytes and the working set is SlotCount times that. A positive multiple of 8, at most 2¹⁶. The
    /// default 512 (4 KiB per slot) keeps the FC NTK tape, 7–8 slots at any depth, near a 32 KiB L1 data cache;
    /// 256 to 1024 measured alike.</summary>
    public int ChunkSize { get; init; } = 512;

    /// <summary>When true, acos, asin, atan, exp, log, sin, cos and every power other than √ and 1/x run per element
    /// through the interpreter's scalar methods, so results equal <c>Evaluator</c> (and the compiled delegate)
    /// bitwise; arithmetic, √, 1/x, |x|, sign, step, max and min stay vectorised (they are exact anyway).
    /// When false (the default) those functions use vector approximations within 4 ulp each.</summary>
    public bool ExactFunctions { get; init; }

    /// <summary>When true (the default), runs of instructions that recur in kernel recursions — acos(x)·k then
    /// c₀ + c·(·), k·√(c₀ + c·x²), a sum clamped by max then min — run as one pass each instead of one pass per
    /// step, with bitwise the same values. False keeps one pass per operation (to compare against).</summary>
    public bool FuseInstructions { get; init; } = true;

    /// <summary>After how many evaluated points (over all calls, counting the call that crosses it) runs of
    /// consecutive vector instructions — about one kernel layer each — are compiled into one loop per run
    /// (System.Linq.Expressions): each vector of the chunk then goes through the whole run with the values passed on
    /// in registers instead of one sweep per instruction through memory, with bitwise the same values (the same lane
    /// operations in the same order). Compiling costs about 2 ms per run, so small workloads keep the sweeps. Default
    /// 2¹⁶; 0 compiles when the function is created; null never compiles.</summary>
    public long? CompileLoopsAfter { get; init; } = 1 << 16;
}
