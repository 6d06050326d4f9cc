using System.Globalization;

namespace Symbolic.MonteCarlo.Estimation;

/// <summary>
/// How many independent networks to draw and from which seed: network i is drawn with seed
/// <see cref="Sampling.SplitMix64.Derive"/>(Seed, i), the networks run in parallel on up to <see cref="MaxThreads"/>
/// threads (default: all cores), and results are reduced in network order, so they are bit-identical for any thread count.
/// </summary>
/// <param name="Samples">Number of independent networks s ≥ 2 (the standard error needs two).</param>
/// <param name="Seed">The master seed.</param>
/// <param name="Ntk">Whether to compute the NTK (a backward pass per network) besides the NNGP.</param>
/// <param name="MaxThreads">Threads to use (≥ 1), or null for <see cref="Environment.ProcessorCount"/>.</param>
public sealed record SamplingOptions(int Samples, ulong Seed, bool Ntk = true, int? MaxThreads = null)
{
    /// <summary>Largest accepted sample count.</summary>
    public const int MaxSamples = 10_000_000;

    /// <summary>Null when the options are valid, else a one-line message naming the bad value and the accepted range.</summary>
    public string? Check() =>
        Samples is < 2 or > MaxSamples
            ? string.Create(CultureInfo.InvariantCulture, $"samples must be in [2, {MaxSamples}] (the standard error needs two networks), got {Samples}")
            : MaxThreads is < 1 ? string.Create(CultureInfo.InvariantCulture, $"threads must be at least 1, got {MaxThreads.Value}")
            : null;

    /// <summary>The thread count actually used.</summary>
    public int Threads => MaxThreads ?? Environment.ProcessorCount;
}
