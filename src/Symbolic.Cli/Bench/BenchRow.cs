namespace Symbolic.Cli.Bench;

/// <summary>One line of the benchmark table.</summary>
/// <param name="Section">The benchmark (1–5 of the issue).</param>
/// <param name="Case">What was measured.</param>
/// <param name="Ours">Our result (e.g. "34.1 ns/eval").</param>
/// <param name="Peer">The peer's result in the same run, or why there is none.</param>
/// <param name="Ratio">peer/ours or the target ratio, as text.</param>
public sealed record BenchRow(string Section, string Case, string Ours, string Peer, string Ratio);
