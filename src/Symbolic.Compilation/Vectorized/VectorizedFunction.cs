using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.Intrinsics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// Batch evaluation of an expression of one variable, f(t) for many t at once: the DAG lowered to a slot tape
/// (<see cref="Tape"/>, unique nodes in post-order, constants hoisted, slots reused by liveness) and run level-major
/// over chunks of points with <see cref="Vector512{T}"/> or <see cref="Vector256{T}"/> lanes, on one or more threads.
/// Sums, products, √, 1/x, |x|, sign, step, max and min follow <c>Evaluator</c> bitwise (same operations, same
/// order), except that every NaN is returned as the default NaN <see cref="double.NaN"/> whatever its payload
/// (<see cref="DefaultNaN"/>); acos, asin, atan (<see cref="VectorMath"/>), exp, log, sin, cos (the runtime's vector versions) and
/// half-integer powers |q| ≤ 4 are approximations within 4 ulp each, unless <see cref="VectorizedOptions.ExactFunctions"/>;
/// everything else (erf, tanh, …) calls the interpreter's scalar method per point. Nothing is clamped: a cosine
/// slightly above 1 gives NaN from acos exactly as it does in the interpreter. Every point's value depends on that
/// point alone, so results are identical for any thread count, chunk size and batch split. Thread-safe.
/// </summary>
public sealed class VectorizedFunction
{
    private readonly Tape? _tape;
    private readonly Action<Tape, CompiledLoop[], Workspace, int>? _run;
    private readonly Func<Tape, int, CompiledLoop[]>? _compile;
    private readonly long? _compileAfter;
    private readonly Func<double, double>? _scalar;
    private readonly ConcurrentBag<Workspace> _workspaces = [];
    private CompiledLoop[] _loops = [];
    private long _evaluated;
    private int _compiling;

    private VectorizedFunction(Expr expression, Symbol variable, VectorizedOptions options)
    {
        (Expression, Variable, ChunkSize, ExactFunctions) = (expression, variable, options.ChunkSize, options.ExactFunctions);
        Width = options.Width != VectorWidth.Auto ? options.Width
            : Vector512.IsHardwareAccelerated ? VectorWidth.Vector512
            : Vector256.IsHardwareAccelerated ? VectorWidth.Vector256
            : VectorWidth.Scalar;
        if (Width == VectorWidth.Scalar)
        {
            _scalar = LinqCompiler.Compile<Func<double, double>>(expression, variable);
            return;
        }
        _tape = TapeBuilder.Build(expression, variable, options.ExactFunctions, options.FuseInstructions);
        if (Width == VectorWidth.Vector512)
            (_run, _compile) = (TapeRunner<Vector512<double>, Lanes512>.Run, TapeCompiler<Vector512<double>, Lanes512>.Compile);
        else
            (_run, _compile) = (TapeRunner<Vector256<double>, Lanes256>.Run, TapeCompiler<Vector256<double>, Lanes256>.Compile);
        _compileAfter = options.CompileLoopsAfter;
        if (_compileAfter == 0) CompileLoops();
    }

    /// <summary>The expression evaluated.</summary>
    public Expr Expression { get; }

    /// <summary>Its variable t.</summary>
    public Symbol Variable { get; }

    /// <summary>The width in use (never <see cref="VectorWidth.Auto"/>).</summary>
    public VectorWidth Width { get; }

    /// <summary>Points per chunk.</summary>
    public int ChunkSize { get; }

    /// <summary>Whether approximated functions were replaced by the interpreter's scalar methods.</summary>
    public bool ExactFunctions { get; }

    /// <summary>Tape instructions (one per unique non-leaf, non-constant node); 0 for the scalar width.</summary>
    public int InstructionCount => _tape?.Instructions.Length ?? 0;

    /// <summary>Slots of ChunkSize doubles a worker needs after liveness reuse; 0 for the scalar width.</summary>
    public int SlotCount => _tape?.SlotCount ?? 0;

    /// <summary>Compiled loops the tape runs in so far, each covering a run of instructions in one pass
    /// (<see cref="VectorizedOptions.CompileLoopsAfter"/>); the other instructions run one sweep each. 0 until the
    /// loops are compiled, and for the scalar width.</summary>
    public int LoopCount => Volatile.Read(ref _loops).Length;

    /// <summary>Vectorises <paramref name="e"/> as a function of <paramref name="variable"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="e"/> depends on another symbol.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The chunk size is not a positive multiple of 8 up to 2¹⁶.</exception>
    public static VectorizedFunction Create(Expr e, Symbol variable, VectorizedOptions? options = null) =>
        TryCreate(e, variable, options, out var function, out var error) ? function : throw new ArgumentException(error + ".", nameof(e));

    /// <summary>Vectorises <paramref name="e"/>, or explains without throwing why not (it depends on a symbol other
    /// than <paramref name="variable"/>): for input that came from a user.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The chunk size is not a positive multiple of 8 up to 2¹⁶.</exception>
    public static bool TryCreate(Expr e, Symbol variable, VectorizedOptions? options,
        [NotNullWhen(true)] out VectorizedFunction? function, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(variable);
        options ??= VectorizedOptions.Default;
        if (options.ChunkSize <= 0 || options.ChunkSize % 8 != 0 || options.ChunkSize > 1 << 16)
            throw new ArgumentOutOfRangeException(nameof(options), options.ChunkSize, "ChunkSize must be a positive multiple of 8, at most 65536.");
        var others = e.DependsOnlyOn(variable) ? [] : DagWalk.Symbols(e).Where(s => s != variable).Select(s => s.Name).ToList();
        (function, error) = (null, null);
        if (others.Count > 0)
            error = $"the expression depends on {string.Join(", ", others)}, not only on {variable.Name}";
        else
            function = new VectorizedFunction(e, variable, options);
        return function is not null;
    }

    /// <summary>result[i] = f(t[i]) for every i, on up to <paramref name="threads"/> threads working on separate
    /// chunks. <paramref name="result"/> may be <paramref name="t"/> itself. With more than one thread the points are
    /// staged through pooled buffers (spans cannot cross threads).</summary>
    /// <exception cref="ArgumentException"><paramref name="result"/> is shorter than <paramref name="t"/>, or the two
    /// overlap other than exactly.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    public void Evaluate(ReadOnlySpan<double> t, Span<double> result, int threads = 1)
    {
        if (result.Length < t.Length) throw new ArgumentException($"result holds {result.Length} values, t has {t.Length}.", nameof(result));
        if (t.Overlaps(result, out int offset) && offset != 0) throw new ArgumentException("t and result overlap at different offsets.", nameof(result));
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        int chunks = (t.Length + ChunkSize - 1) / ChunkSize;
        if (chunks == 0) return;
        if (_compileAfter is { } after && Volatile.Read(ref _compiling) == 0 && Interlocked.Add(ref _evaluated, t.Length) > after) CompileLoops();
        if (threads == 1 || chunks == 1)
        {
            var workspace = Rent();
            for (int start = 0; start < t.Length; start += ChunkSize)
            {
                int length = Math.Min(ChunkSize, t.Length - start);
                RunChunk(t.Slice(start, length), result.Slice(start, length), workspace);
            }
            _workspaces.Add(workspace);
            return;
        }
        EvaluateParallel(t, result, Math.Min(threads, chunks));
    }

    // Chunks of the caller's own memory, pinned for the call, run on the workers: no staging copies, which, made on the
    // calling thread between parallel rounds, held two threads to ≈1.3× one (FC-NTK L=10: 16.2 → 12.4 ns/value).
    private unsafe void EvaluateParallel(ReadOnlySpan<double> t, Span<double> result, int threads)
    {
        int count = t.Length, chunks = (count + ChunkSize - 1) / ChunkSize;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        fixed (double* input = t, output = result)
        {
            nint source = (nint)input, target = (nint)output;
            Parallel.For(0, chunks, parallel, Rent, (chunk, _, workspace) =>
            {
                int start = chunk * ChunkSize, length = Math.Min(ChunkSize, count - start);
                RunChunk(new ReadOnlySpan<double>((double*)source + start, length), new Span<double>((double*)target + start, length), workspace);
                return workspace;
            }, _workspaces.Add);
        }
    }

    // One chunk: copy the points into the input slot (zero-padding the last vector), run the tape, copy the output.
    private void RunChunk(ReadOnlySpan<double> points, Span<double> values, Workspace workspace)
    {
        if (_scalar is not null)
        {
            for (int i = 0; i < points.Length; i++) values[i] = _scalar(points[i]) is var v && double.IsNaN(v) ? double.NaN : v;
            return;
        }
        var tape = _tape!;
        if (tape.InputSlot >= 0)
        {
            var input = workspace.Slot(tape.InputSlot);
            points.CopyTo(input);
            input[points.Length..Math.Min(ChunkSize, points.Length + 8)].Clear();
        }
        _run!(tape, Volatile.Read(ref _loops), workspace, points.Length);
        DefaultNaN.Copy(workspace.Slot(tape.OutputSlot)[..points.Length], values);
    }

    // Compiles the tape's loops once: the first caller compiles (the others run the sweeps meanwhile) and publishes.
    private void CompileLoops()
    {
        if (_tape is null || Interlocked.Exchange(ref _compiling, 1) != 0) return;
        Volatile.Write(ref _loops, _compile!(_tape, ChunkSize));
    }

    private Workspace Rent() =>
        _workspaces.TryTake(out var workspace) ? workspace : new Workspace(_tape ?? s_emptyTape, _tape is null ? 8 : ChunkSize);

    private static readonly Tape s_emptyTape = new([], 0, -1, 0, []);
}
