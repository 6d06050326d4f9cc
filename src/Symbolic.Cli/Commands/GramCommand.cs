using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Bench;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic gram --arch SPEC --data points.csv|points.npy [--output gram.npy]</c>: the Gram matrix
/// K(xᵢ, xⱼ) = κ(⟨xᵢ/‖xᵢ‖, xⱼ/‖xⱼ‖⟩) of the FC/ResNet kernel over data points (rows normalised to the unit sphere,
/// zero rows refused), its eigenvalues and condition number; for convolutional architectures (<c>--channels C0</c>, optional
/// <c>--grid H,W</c>) the image kernel over images with unit pixels (conv-dense.md §1.2, §2.2–2.3, see <see cref="ImageGramRun"/>); <c>--tile i,j --tiles n</c> computes one block for a
/// cluster array job and <c>symbolic gram merge</c> joins the blocks.
/// </summary>
public static class GramCommand
{
    /// <summary>Builds the command with its <c>merge</c> subcommand.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var normalize = KernelOptions.Normalize();
        var data = new Option<string>("--data", "-d")
        {
            Description = "The points: CSV with one point per row, or a float64 .npy of shape n×d. Every row is divided by " +
                          "its norm (the kernels live on the unit sphere); zero rows are refused. Convolutional architectures: one " +
                          "image a row, pixel-major p0c0,p0c1,…,p1c0,… (d = columns/C0), or .npy n×C0×d (n×C0×H×W for a grid); " +
                          "every pixel is divided by its norm (images on MS(C0, d)); zero pixels are refused.",
            Required = true,
        };
        var output = new Option<string?>("--output", "--out", "-o") { Description = "Write the Gram matrix here as .npy (atomically)." };
        var tile = new Option<string?>("--tile") { Description = "Compute only block I,J (0-based) of a --tiles grid, written to OUTPUT-stem.tile-I-J-of-T.npy." };
        var tiles = new Option<int?>("--tiles") { Description = "Blocks per side T of the --tile grid." };
        var threads = new Option<int>("--threads") { Description = "Worker threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var memory = new Option<long?>("--memory-limit")
        {
            Description = "MiB the matrix may take in memory; above it tiles are streamed to --output (default: a quarter of the available memory).",
        };
        var channels = ImageOptions.Channels();
        var grid = ImageOptions.Grid();
        var format = CommonOptions.Format();
        var command = new Command("gram", "Gram matrix of the NNGP/NTK over data points (unit-sphere normalised; images: every pixel " +
            "normalised, see --channels), eigenvalues and condition number.")
        {
            arch, kernel, normalize, data, output, tile, tiles, threads, memory, channels, grid, format,
        };
        command.SetAction(r => GramRun.Run(r.InvocationConfiguration.Output, r.InvocationConfiguration.Error, new GramRequest(
            r.GetValue(arch)!, r.GetValue(kernel)!, r.GetValue(normalize), r.GetValue(data)!, r.GetValue(output),
            ParseTile(r.GetValue(tile), r.GetValue(tiles)), r.GetValue(threads),
            r.GetValue(memory), CommonOptions.ParseFormat(r.GetValue(format)), r.GetValue(channels), r.GetValue(grid))));
        command.Subcommands.Add(CreateMerge());
        return command;
    }

    private static Command CreateMerge()
    {
        var files = new Argument<string[]>("tiles") { Description = "The tile files STEM.tile-I-J-of-T.npy (the i ≤ j half suffices).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The merged matrix (.npy).", Required = true };
        var command = new Command("merge", "Join the tiles written by 'gram --tile I,J --tiles T' array jobs into the full matrix.") { files, output };
        command.SetAction(r => GramRun.Merge(r.InvocationConfiguration.Output, r.GetValue(files)!, r.GetValue(output)!));
        return command;
    }

    /// <summary>Parses <c>--tile I,J</c> with <c>--tiles T</c> (both or neither).</summary>
    public static (int Row, int Column, int Tiles)? ParseTile(string? tile, int? tiles)
    {
        if (tile is null && tiles is null) return null;
        if (tile is null || tiles is null) throw new UserError("--tile and --tiles go together: --tile I,J --tiles T");
        var parts = tile.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int j))
            throw new UserError($"--tile: expected two non-negative integers I,J, got '{tile}'");
        if (tiles < 1) throw new UserError($"--tiles: expected at least 1, got {tiles}");
        if (i >= tiles || j >= tiles) throw new UserError($"--tile: ({i}, {j}) lies outside the {tiles}×{tiles} grid (indices 0..{tiles - 1})");
        return (i, j, tiles.Value);
    }
}
