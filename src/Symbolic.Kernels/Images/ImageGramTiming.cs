namespace Symbolic.Kernels.Images;

/// <summary>
/// One measured image-kernel Gram (<see cref="ImageGramBenchmark"/>): n points give n(n + 1)/2 unordered pairs, each
/// computed once (conv-dense.md §2.2–2.3 recursion, NNGP and NTK together unless the evaluator tracks the NNGP only).
/// </summary>
/// <param name="Architecture">The architecture's spec text.</param>
/// <param name="Shape">The image shape.</param>
/// <param name="Channels">C₀.</param>
/// <param name="Points">n.</param>
/// <param name="Threads">The threads of <see cref="ImageKernelEvaluator.GramParallel"/>.</param>
/// <param name="FullTensor">Whether the d×d tensors were kept (a gap head).</param>
/// <param name="Seconds">Wall-clock time of the Gram (best of the repetitions).</param>
/// <param name="CpuSeconds">Process CPU time of the same run (all threads; less sensitive to a loaded machine).</param>
/// <param name="Checksum">Σ of the Gram entries (so the work cannot be skipped, and runs can be compared).</param>
public sealed record ImageGramTiming(string Architecture, ImageShape Shape, int Channels, int Points, int Threads, bool FullTensor,
                                     double Seconds, double CpuSeconds, double Checksum)
{
    /// <summary>n(n + 1)/2.</summary>
    public long Pairs => (long)Points * (Points + 1) / 2;

    /// <summary>Wall-clock nanoseconds per unordered pair.</summary>
    public double NanosecondsPerPair => Seconds * 1e9 / Pairs;

    /// <summary>CPU nanoseconds per unordered pair (the single-core cost).</summary>
    public double CpuNanosecondsPerPair => CpuSeconds * 1e9 / Pairs;

    /// <summary>One line: architecture, shape, n, threads, wall and CPU time per pair, in invariant culture.</summary>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Architecture} d = {Shape}, C0 = {Channels}, n = {Points} ({Pairs} pairs), {Threads} thread(s): {Seconds:F3} s wall " +
        $"({NanosecondsPerPair:F1} ns/pair), {CpuSeconds:F3} s CPU ({CpuNanosecondsPerPair:F1} ns/pair){(FullTensor ? ", full d×d tensors" : "")}");
}
