using System.Text.Json;

namespace Symbolic.Cli.Tests.Commands;

public sealed class McCommandTests
{
    private static readonly string[] s_run =
        ["mc", "--arch", "resnet(blocks=2, alpha=0.5)", "--kernel", "ntk", "--width", "64", "--samples", "12", "--t", "0.3,-0.5", "--seed", "7", "--normalize", "--format", "json"];

    [Fact]
    public void Json_matches_the_contract_and_is_consistent()
    {
        var (exit, output, _) = CliRunner.Run(s_run);
        Assert.True(exit is 0 or 1);   // 1 would mean a point disagrees: the fields must be there either way
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(64, root.GetProperty("width").GetInt32());
        Assert.Equal(12, root.GetProperty("samples").GetInt32());
        foreach (var point in root.GetProperty("points").EnumerateArray())
        {
            double mean = point.GetProperty("mean").GetDouble(), stderr = point.GetProperty("stderr").GetDouble();
            double analytic = point.GetProperty("analytic").GetDouble(), z = point.GetProperty("z").GetDouble();
            Assert.True(stderr > 0);
            Assert.Equal((mean - analytic) / stderr, z, 10);
        }
    }

    [Fact]
    public void Same_seed_gives_identical_output_on_one_and_two_threads()
    {
        var one = CliRunner.Run([.. s_run, "--threads", "1"]).Out;
        var two = CliRunner.Run([.. s_run, "--threads", "2"]).Out;
        Assert.Equal(one, two);
    }

    [Theory]
    [InlineData("width", "--t", "0.3", "--width", "0")]
    [InlineData("samples", "--t", "0.3", "--samples", "1")]
    [InlineData("[-1, 1]", "--t", "2")]
    public void Bad_values_exit_2(string expected, params string[] options)
    {
        var (exit, _, error) = CliRunner.Run(["mc", "--arch", "fc(layers=2)", .. options]);
        Assert.Equal(2, exit);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("   at ", error);
    }
}
