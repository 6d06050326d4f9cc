using Symbolic.Cli.Output;

namespace Symbolic.Cli.Bench;

/// <summary>The parsed arguments of <c>symbolic gram</c>.</summary>
/// <param name="Arch">The architecture text.</param>
/// <param name="Kernel">nngp or ntk.</param>
/// <param name="Normalize">Divide by κ(1).</param>
/// <param name="Data">The points file.</param>
/// <param name="Output">The .npy output, or null.</param>
/// <param name="Tile">The block (i, j) of a T×T grid, or null for the whole matrix.</param>
/// <param name="Threads">Worker threads.</param>
/// <param name="MemoryLimitMiB">The in-memory limit in MiB, or null for the default.</param>
/// <param name="Format">Output format.</param>
/// <param name="Channels">C0 for a convolutional architecture (required there, refused otherwise).</param>
/// <param name="Grid">The <c>--grid H,W</c> text for 2-D images, or null (1-D line).</param>
public sealed record GramRequest(string Arch, string Kernel, bool Normalize, string Data, string? Output,
    (int Row, int Column, int Tiles)? Tile, int Threads, long? MemoryLimitMiB, OutputFormat Format, int? Channels = null, string? Grid = null);
