using Symbolic.Spectral.Gram;

namespace Symbolic.Spectral.Tests.Gram;

public sealed class GramMergeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("merge-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string> WriteTiles(PointSet x, int tiles, bool upperOnly)
    {
        var grid = new TileGrid(x.Count, tiles);
        var output = Path.Combine(_folder, "gram.npy");
        var files = new List<string>();
        for (int i = 0; i < tiles; i++)
            for (int j = upperOnly ? i : 0; j < tiles; j++)
            {
                var (rs, rl) = grid.Block(i);
                var (cs, cl) = grid.Block(j);
                var sink = new MemoryGramSink(rl, cl);
                GramEngine.Compute(x, null, (rs, rl), (cs, cl), GramTestData.NtkMap, sink);
                var path = new TileName(i, j, tiles).PathFor(output);
                NpyFile.Write(path, sink.Data, rl, cl);
                files.Add(path);
            }
        return files;
    }

    [Theory]
    [InlineData(31, 3, true)]
    [InlineData(31, 3, false)]
    [InlineData(12, 1, true)]
    [InlineData(20, 5, true)]
    public void Merge_reproduces_the_full_matrix(int n, int tiles, bool upperOnly)
    {
        var x = GramTestData.RandomSphere(n, 4, n + tiles);
        var files = WriteTiles(x, tiles, upperOnly);
        var merged = Path.Combine(_folder, "merged.npy");
        Assert.True(GramMerge.TryMerge(files, merged, out long size, out var error), error);
        Assert.Equal(n, size);
        Assert.True(NpyFile.TryRead(merged, out var data, out var header, out error), error);
        Assert.Equal((n, (long)n), (header.Rows, header.Columns));
        Assert.Equal(GramEngine.Compute(x, null, GramTestData.NtkMap), data);
    }

    [Fact]
    public void A_missing_tile_is_named()
    {
        var files = WriteTiles(GramTestData.RandomSphere(12, 3, 1), 3, upperOnly: true);
        files.RemoveAll(f => f.Contains(".tile-0-2-", StringComparison.Ordinal));
        Assert.False(GramMerge.TryMerge(files, Path.Combine(_folder, "m.npy"), out _, out var error));
        Assert.Contains("tile (0, 2) is missing", error);
    }

    [Fact]
    public void Mixed_grids_and_bad_names_are_refused()
    {
        var x = GramTestData.RandomSphere(12, 3, 2);
        var files = WriteTiles(x, 2, upperOnly: true);
        files.AddRange(WriteTiles(x, 3, upperOnly: true));
        Assert.False(GramMerge.TryMerge(files, Path.Combine(_folder, "m.npy"), out _, out var error));
        Assert.Contains("different grids", error);
        Assert.False(GramMerge.TryMerge([Path.Combine(_folder, "gram.npy")], Path.Combine(_folder, "m.npy"), out _, out error));
        Assert.Contains("not a tile file name", error);
    }

    [Fact]
    public void Tile_names_round_trip()
    {
        var path = new TileName(2, 7, 12).PathFor("/data/run/gram.npy");
        Assert.Equal("/data/run/gram.tile-2-7-of-12.npy", path);
        Assert.True(TileName.TryParse(path, out var tile, out _));
        Assert.Equal(new TileName(2, 7, 12), tile);
        Assert.False(TileName.TryParse("gram.tile-3-0-of-3.npy", out _, out var error));
        Assert.Contains("outside", error);
    }
}
