namespace Symbolic.MonteCarlo.Sampling;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014; the seeding generator of xoshiro): a 64-bit counter advanced by the golden
/// gamma γ = 0x9E3779B97F4A7C15 and passed through a bijective mixer. Used two ways: <see cref="Derive"/> turns a seed
/// and an index into an independent child seed (master seed → network seed → dense-layer key → row key), and an instance
/// is the sequential stream of one weight row. Every random number of a network therefore depends only on
/// (seed, network, layer, row), never on thread scheduling.
/// </summary>
public struct SplitMix64
{
    /// <summary>The golden gamma ⌊2⁶⁴/φ⌋, odd, the counter increment.</summary>
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state;

    /// <summary>A stream whose first output is <c>Mix(seed + γ)</c>.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>The next 64 random bits.</summary>
    public ulong Next() => Mix(_state += Gamma);

    /// <summary>A uniform double in (0, 1]: the top 53 bits plus one, times 2⁻⁵³ (never 0, so its log is finite).</summary>
    public double NextOpenUnit() => ((Next() >> 11) + 1) * (1.0 / (1UL << 53));

    /// <summary>The SplitMix64 finaliser: a bijection of 64-bit words with full avalanche
    /// (z ← (z ⊕ z≫30)·0xBF58476D1CE4E5B9, z ← (z ⊕ z≫27)·0x94D049BB133111EB, z ⊕ z≫31).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The child seed number <paramref name="index"/> of <paramref name="seed"/>: Mix(Mix(seed) + (index + 1)·γ).
    /// Distinct indices give distinct, decorrelated children (Mix is a bijection).</summary>
    public static ulong Derive(ulong seed, ulong index) => Mix(Mix(seed) + (index + 1) * Gamma);
}
