namespace Symbolic.Cli.Bench;

/// <summary>A peer's measurement, or why there is none (not installed, failed, timed out).</summary>
/// <param name="Seconds">The peer's reported time in seconds, or null when unavailable.</param>
/// <param name="Checksum">The peer's reported checksum (Σ outputs), or null.</param>
/// <param name="Note">Why the peer is unavailable, or extra facts (e.g. "timed out after 60 s").</param>
public sealed record PeerResult(double? Seconds, double? Checksum, string Note)
{
    /// <summary>An unavailable peer.</summary>
    public static PeerResult Unavailable(string why) => new(null, null, why);
}
