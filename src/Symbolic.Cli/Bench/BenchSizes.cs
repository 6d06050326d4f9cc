namespace Symbolic.Cli.Bench;

/// <summary>Problem sizes of the end-to-end benchmark: the full sizes, or tiny ones for the CI smoke run.</summary>
/// <param name="EvalPoints">Values of t for kernel evaluation (10⁷).</param>
/// <param name="Repetitions">Repetitions per timing (median).</param>
/// <param name="GramPoints">N of the Gram benchmark (20,000).</param>
/// <param name="GramDimension">d of the Gram benchmark (64).</param>
/// <param name="ExpandDepths">FC-NTK depths for expand (3, 5, 10).</param>
/// <param name="SpectrumDegree">K of μ₀…μ_K (1000).</param>
/// <param name="DagDepths">ResNTK depths for build + simplify + compile (10, 100, 1000).</param>
/// <param name="PeerTimeout">Time limit of the SymPy and scipy peers (60 s).</param>
/// <param name="SlowPeers">Whether to run SymPy and scipy at all.</param>
/// <param name="ImagePoints">Images of the convolutional Gram benchmark (issue #6: 2,000 with d = 8; GAP d = 32 uses an eighth).</param>
public sealed record BenchSizes(int EvalPoints, int Repetitions, int GramPoints, int GramDimension, int[] ExpandDepths,
    int SpectrumDegree, int[] DagDepths, TimeSpan PeerTimeout, bool SlowPeers, int ImagePoints = 2000)
{
    /// <summary>The sizes.</summary>
    public static BenchSizes Full { get; } = new(10_000_000, 5, 20_000, 64, [3, 5, 10], 1000, [10, 100, 1000], TimeSpan.FromSeconds(60), true);

    /// <summary>Tiny sizes for the CI smoke run (seconds in all; SymPy and scipy skipped).</summary>
    public static BenchSizes Quick { get; } = new(20_000, 3, 200, 8, [3], 50, [10, 20], TimeSpan.FromSeconds(10), false, ImagePoints: 40);
}
