using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Symbolic.Cli.Commands;
using Symbolic.Cli.Files;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>
/// Runs <c>symbolic gram</c>. JSON: <c>{"n", "d", "arch", "kernel", "normalized", "seconds", "rows_normalized": true, "file",
/// "streamed", "gram" (only when n ≤ <see cref="InlineLimit"/>), "eigenvalues", "cond", "double_constant_cond",
/// "lambda0", "resolvable_cond", "warnings"}</c>. cond = λmax/λmin from MathNet's symmetric eigensolver;
/// double_constant_cond = 1 + n·λ₀/(1 − λ₀), the double-constant prediction of conv-dense.md §2.8 with λ₀ the mean
/// normalised off-diagonal entry; resolvable_cond = λmax/max(λmin, n·ε·λmax), the condition number double precision can
/// resolve (equal to cond unless λmin is below round-off, which is then also a warning). Eigenvalues need n ≤ <see cref="GramSpectrum.MaxSize"/> and an
/// in-memory matrix; otherwise they are null with a warning saying why. "seconds" is the wall time of the matrix (also on
/// stderr). Convolutional architectures go to <see cref="ImageGramRun"/>, which adds its own fields.
/// </summary>
public static class GramRun
{
    /// <summary>The largest n whose matrix is printed in the output.</summary>
    public const int InlineLimit = 16;

    /// <summary>Computes, writes and reports the Gram matrix (or one tile) of <paramref name="request"/>.</summary>
    public static int Run(TextWriter output, TextWriter error, GramRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Threads < 1) throw new UserError($"--threads: expected at least 1, got {request.Threads}");
        if (request.MemoryLimitMiB is < 1) throw new UserError($"--memory-limit: expected at least 1 MiB, got {request.MemoryLimitMiB}");
        var (layer, _) = KernelOptions.Parse(request.Arch);
        if (ImageOptions.IsImage(layer)) return ImageGramRun.Run(output, error, request, layer);
        ImageOptions.RefuseForFullyConnected(request.Arch, ("--channels", request.Channels is not null), ("--grid", request.Grid is not null));
        var (derivation, _) = KernelOptions.Derive(request.Arch);
        var kind = request.Kernel == "nngp" ? KernelKind.Nngp : KernelKind.Ntk;
        var (map, _) = KernelMap.Create(derivation, kind, request.Normalize);
        var raw = PointFile.Read(request.Data);
        if (!raw.TryNormalize(out var points, out var problem)) throw new UserError($"--data: {problem}");
        var options = Options(request, error);
        var source = new GramSource(points.Count, $"d = {points.Dimension} (rows normalised to the unit sphere)", "rows normalised to the unit sphere",
            (rows, columns, sink) => GramEngine.Compute(points, null, rows, columns, map, sink, options), w =>
            {
                w.WriteNumber("d", points.Dimension);
                w.WriteBoolean("rows_normalized", true);
            });
        return Run(output, error, request, source);
    }

    /// <summary>The engine options of <paramref name="request"/>: threads, progress on <paramref name="error"/>, the interruption token.</summary>
    internal static GramOptions Options(GramRequest request, TextWriter error) =>
        new() { Threads = request.Threads, Progress = ProgressPrinter(error), Cancellation = Interruption.Current.Token };

    /// <summary>The matrix (or tile) of <paramref name="source"/>: in memory or streamed, written atomically, timed and reported.</summary>
    internal static int Run(TextWriter output, TextWriter error, GramRequest request, GramSource source)
    {
        if (request.Tile is { } tile) return RunTile(output, request, source, tile);
        int n = source.Count;
        long bytes = GramEngine.MatrixBytes(n, n);
        long limit = request.MemoryLimitMiB is { } mib ? mib << 20 : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4;
        var warnings = new List<string>();
        double[]? gram = null;
        bool streamed = bytes > limit;
        var clock = Stopwatch.StartNew();
        if (streamed)
        {
            if (request.Output is null)
                throw new UserError($"the {n}×{n} Gram matrix takes {Size(bytes)}, more than the memory limit {Size(limit)}: give --output FILE.npy to stream it to disk");
            error.WriteLine($"gram: the {n}×{n} matrix takes {Size(bytes)}, more than the memory limit {Size(limit)}; streaming tiles to {request.Output}");
            AtomicFile.Write(request.Output, temporary =>
            {
                using var sink = new NpyStreamSink(temporary, n, n);
                source.Compute((0, n), (0, n), sink);
            });
            warnings.Add($"eigenvalues not computed: the matrix was streamed to disk ({Size(bytes)})");
        }
        else
        {
            error.WriteLine($"gram: {n}×{n} matrix ({Size(bytes)}) in memory; {source.Normalization}");
            var sink = new MemoryGramSink(n, n);
            source.Compute((0, n), (0, n), sink);
            gram = sink.Data;
            if (request.Output is { } path) AtomicFile.Write(path, temporary => NpyFile.Write(temporary, gram, n, n));
        }
        double seconds = clock.Elapsed.TotalSeconds;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gram: {n}×{n} matrix computed in {seconds:0.###} s"));
        GramSpectrum? spectrum = null;
        if (gram is not null && n <= GramSpectrum.MaxSize) spectrum = GramSpectrum.Of(gram, n);
        else if (gram is not null) warnings.Add($"eigenvalues not computed: n = {n} exceeds {GramSpectrum.MaxSize} (dense O(n³) eigensolver)");
        if (gram is not null && gram.Any(v => !double.IsFinite(v))) warnings.Add("the matrix holds non-finite values");
        if (spectrum is { BelowRoundOff: true })
            warnings.Add($"lambda_min = {Format(spectrum.Eigenvalues[0])} is below round-off (n·eps·lambda_max = {Format(spectrum.RoundOff)}): cond is not resolved in double precision");
        foreach (var w in warnings) error.WriteLine($"warning: {w}");
        Report(output, request, source, gram, spectrum, streamed, seconds, warnings);
        return ExitCodes.Ok;
    }

    private static int RunTile(TextWriter output, GramRequest request, GramSource source, (int Row, int Column, int Tiles) tile)
    {
        if (request.Output is null) throw new UserError("--tile needs --output STEM.npy (the tile goes to STEM.tile-I-J-of-T.npy)");
        if (TileGrid.Check(source.Count, tile.Tiles) is { } problem) throw new UserError($"--tiles: {problem}");
        var grid = new TileGrid(source.Count, tile.Tiles);
        var rows = grid.Block(tile.Row);
        var columns = grid.Block(tile.Column);
        var sink = new MemoryGramSink(rows.Length, columns.Length);
        source.Compute(rows, columns, sink);
        var path = new TileName(tile.Row, tile.Column, tile.Tiles).PathFor(request.Output);
        AtomicFile.Write(path, temporary => NpyFile.Write(temporary, sink.Data, rows.Length, columns.Length));
        output.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("n", source.Count);
            w.WriteStartArray("tile");
            w.WriteNumberValue(tile.Row);
            w.WriteNumberValue(tile.Column);
            w.WriteEndArray();
            w.WriteNumber("tiles", tile.Tiles);
            w.WriteNumber("row_start", rows.Start);
            w.WriteNumber("column_start", columns.Start);
            w.WriteNumber("rows", rows.Length);
            w.WriteNumber("columns", columns.Length);
            w.WriteString("file", path);
            w.WriteEndObject();
        }));
        return ExitCodes.Ok;
    }

    /// <summary>Runs <c>symbolic gram merge</c>.</summary>
    public static int Merge(TextWriter output, IReadOnlyList<string> files, string target)
    {
        long size = 0;
        string? problem = null;
        AtomicFile.Write(target, temporary =>
        {
            if (!GramMerge.TryMerge(files, temporary, out size, out problem)) throw new UserError($"merge: {problem}");
        });
        output.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("n", size);
            w.WriteNumber("tiles_read", files.Count);
            w.WriteString("file", target);
            w.WriteEndObject();
        }));
        return ExitCodes.Ok;
    }

    private static void Report(TextWriter output, GramRequest request, GramSource source, double[]? gram, GramSpectrum? spectrum,
        bool streamed, double seconds, List<string> warnings)
    {
        int n = source.Count;
        if (request.Format != OutputFormat.Json)
        {
            output.WriteLine($"n = {n}, {source.Summary}, {request.Kernel} of {request.Arch}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"computed in {seconds:0.###} s"));
            if (request.Output is not null) output.WriteLine($"matrix written to {request.Output}{(streamed ? " (streamed)" : "")}");
            if (spectrum is not null)
            {
                output.WriteLine($"lambda_min = {Format(spectrum.Eigenvalues[0])}, lambda_max = {Format(spectrum.Eigenvalues[^1])}");
                output.WriteLine($"cond = {Format(spectrum.Condition)}, resolvable cond = {Format(spectrum.ResolvableCondition)}");
            }
            if (gram is not null && GramSpectrum.MeanNormalizedOffDiagonal(gram, n) is var lambda0 && !double.IsNaN(lambda0))
            {
                output.WriteLine($"lambda0 (mean normalised off-diagonal) = {Format(lambda0)}, double-constant cond 1 + n*lambda0/(1 - lambda0) = {Format(GramSpectrum.DoubleConstantCondition(n, lambda0))}");
            }
            return;
        }
        output.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("n", n);
            source.WriteFields(w);
            w.WriteString("arch", request.Arch);
            w.WriteString("kernel", request.Kernel);
            w.WriteBoolean("normalized", request.Normalize);
            w.Number("seconds", seconds);
            if (request.Output is null) w.WriteNull("file");
            else w.WriteString("file", request.Output);
            w.WriteBoolean("streamed", streamed);
            if (gram is not null && n <= InlineLimit)
            {
                w.WriteStartArray("gram");
                for (int i = 0; i < n; i++)
                {
                    w.WriteStartArray();
                    for (int j = 0; j < n; j++) w.NumberValue(gram[i * n + j]);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
            }
            WriteSpectrum(w, spectrum, gram is null ? double.NaN : GramSpectrum.MeanNormalizedOffDiagonal(gram, n), n);
            w.WriteStartArray("warnings");
            foreach (var warning in warnings) w.WriteStringValue(warning);
            w.WriteEndArray();
            w.WriteEndObject();
        }));
    }

    private static void WriteSpectrum(Utf8JsonWriter w, GramSpectrum? spectrum, double lambda0, int n)
    {
        if (double.IsNaN(lambda0)) w.WriteNull("lambda0");
        else w.Number("lambda0", lambda0);
        if (double.IsNaN(lambda0)) w.WriteNull("double_constant_cond");
        else w.Number("double_constant_cond", GramSpectrum.DoubleConstantCondition(n, lambda0));
        if (spectrum is null)
        {
            w.WriteNull("eigenvalues");
            w.WriteNull("cond");
            w.WriteNull("resolvable_cond");
            return;
        }
        w.WriteStartArray("eigenvalues");
        foreach (var value in spectrum.Eigenvalues) w.NumberValue(value);
        w.WriteEndArray();
        w.Number("cond", spectrum.Condition);
        w.Number("resolvable_cond", spectrum.ResolvableCondition);
    }

    /// <summary>Prints progress on stderr in steps of 10%.</summary>
    internal static GramProgress ProgressPrinter(TextWriter error)
    {
        int lastTenth = -1;
        return (done, total) =>
        {
            int tenth = (int)(10L * done / total);
            if (tenth == lastTenth) return;
            lastTenth = tenth;
            error.WriteLine($"gram: {10 * tenth}% ({done}/{total} tiles)");
        };
    }

    private static string Size(long bytes) => bytes >= 1L << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.##} GiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.##} MiB");

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
