using Symbolic.Spectral.Gram;
using Symbolic.Testing;

namespace Symbolic.Spectral.Tests.Gram;

public sealed class GramEngineTests
{
    [Theory]
    [InlineData(37, 5, 8, 1)]
    [InlineData(64, 64, 16, 2)]
    [InlineData(50, 3, 128, 2)]
    [InlineData(9, 7, 1, 3)]
    public void Symmetric_gram_equals_the_direct_computation(int n, int d, int tile, int threads)
    {
        var x = GramTestData.RandomSphere(n, d, seed: n * 31 + d);
        var gram = GramEngine.Compute(x, null, GramTestData.NtkMap, new GramOptions { TileSize = tile, Threads = threads });
        var direct = GramTestData.Direct(x, x);
        for (int i = 0; i < gram.Length; i++) Assert.True(Tolerance.Close(gram[i], direct[i], 1e-13, 1e-13), $"entry {i}: {gram[i]} vs {direct[i]}");
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(2.0, gram[i * n + i]); // Θ₂(1) = 2 exactly: the diagonal cosine is exactly 1
            for (int j = 0; j < i; j++) Assert.Equal(gram[i * n + j], gram[j * n + i]); // exactly symmetric
        }
    }

    [Fact]
    public void Cross_gram_equals_the_direct_computation()
    {
        var x = GramTestData.RandomSphere(23, 6, 1);
        var z = GramTestData.RandomSphere(41, 6, 2);
        var gram = GramEngine.Compute(x, z, GramTestData.NtkMap, new GramOptions { TileSize = 8, Threads = 2 });
        var direct = GramTestData.Direct(x, z);
        Assert.Equal(23 * 41, gram.Length);
        for (int i = 0; i < gram.Length; i++) Assert.True(Tolerance.Close(gram[i], direct[i], 1e-13, 1e-13));
    }

    [Fact]
    public void Results_do_not_depend_on_tile_size_or_threads()
    {
        var x = GramTestData.RandomSphere(70, 9, 3);
        var reference = GramEngine.Compute(x, null, GramTestData.NtkMap, new GramOptions { TileSize = 128, Threads = 1 });
        foreach (var (tile, threads) in new[] { (1, 2), (5, 2), (16, 1), (33, 3) })
            Assert.Equal(reference, GramEngine.Compute(x, null, GramTestData.NtkMap, new GramOptions { TileSize = tile, Threads = threads }));
    }

    [Fact]
    public void Tiles_of_the_grid_equal_the_blocks_of_the_full_matrix()
    {
        var x = GramTestData.RandomSphere(29, 4, 4);
        var full = GramEngine.Compute(x, null, GramTestData.NtkMap);
        var grid = new TileGrid(29, 4);
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
            {
                var (rs, rl) = grid.Block(i);
                var (cs, cl) = grid.Block(j);
                var sink = new MemoryGramSink(rl, cl);
                GramEngine.Compute(x, null, (rs, rl), (cs, cl), GramTestData.NtkMap, sink, new GramOptions { TileSize = 3 });
                for (int a = 0; a < rl; a++)
                    for (int b = 0; b < cl; b++) Assert.Equal(full[(rs + a) * 29 + cs + b], sink.Data[a * cl + b]);
            }
    }

    [Fact]
    public void Progress_reports_every_tile_once_up_to_the_total()
    {
        var x = GramTestData.RandomSphere(40, 3, 5);
        var seen = new List<(int, int)>();
        GramEngine.Compute(x, null, GramTestData.NtkMap, new GramOptions { TileSize = 10, Threads = 2, Progress = (d, t) => seen.Add((d, t)) });
        // 4 tile rows, upper triangle: 4 + 3 + 2 + 1 = 10 tiles.
        Assert.Equal(Enumerable.Range(1, 10).Select(d => (d, 10)), seen);
    }

    [Fact]
    public void Cosines_a_few_ulp_past_one_are_clamped_and_far_ones_are_not()
    {
        // Two equal rows given without normalisation round-trip to dot products near 1.
        var x = new PointSet([1.0, 0.0, 1.0 + 1e-15, 0.0, 2.0, 0.0], 3, 2);
        var seen = new List<double>();
        GramEngine.Compute(x, null, (t, v) => { lock (seen) seen.AddRange(t.ToArray()); t.CopyTo(v); }, new GramOptions { Threads = 1 });
        Assert.Contains(1.0, seen);
        Assert.Contains(2.0, seen); // 2 is not round-off: passed through for the map to reject
        Assert.DoesNotContain(1.0 + 1e-15, seen);
    }

    [Fact]
    public void Zero_rows_are_refused_by_index()
    {
        var points = new PointSet([1.0, 2.0, 0.0, 0.0, 3.0, 4.0, 0.0, 0.0], 4, 2);
        Assert.False(points.TryNormalize(out var normalized, out var error));
        Assert.Null(normalized);
        Assert.Contains("2 row(s)", error);
        Assert.Contains("rows 1, 3", error);
    }

    [Fact]
    public void Normalised_rows_have_unit_norm_and_keep_their_direction()
    {
        var points = new PointSet([3.0, 4.0, -2.0, 0.0], 2, 2);
        Assert.True(points.TryNormalize(out var normalized, out _));
        Assert.Equal([0.6, 0.8, -1.0, 0.0], normalized.Data.ToArray());
    }

    [Theory]
    [InlineData(10, 3, null)]
    [InlineData(10, 10, null)]
    [InlineData(10, 0, "at least 1")]
    [InlineData(10, 11, "empty tile")]
    [InlineData(10, 6, "empty tile")] // blocks of 2: the sixth would be empty
    public void Tile_grid_refuses_empty_tiles(long n, int tiles, string? message)
    {
        var error = TileGrid.Check(n, tiles);
        if (message is null) Assert.Null(error);
        else Assert.Contains(message, error);
    }

    [Fact]
    public void Tile_grid_blocks_cover_the_points_in_order()
    {
        var grid = new TileGrid(10, 4);
        Assert.Equal([(0L, 3), (3L, 3), (6L, 3), (9L, 1)], Enumerable.Range(0, 4).Select(grid.Block));
        Assert.Equal(10, TileGrid.MaxTiles(10));
        Assert.Equal(3, TileGrid.MaxTiles(3));
    }
}
