namespace Symbolic.Kernels.Tests.Specs;

/// <summary>Validation of t = ⟨x, z⟩ ∈ [−1, 1].</summary>
public sealed class InnerProductTests
{
    [Fact]
    public void Lists_parse_in_the_invariant_culture()
    {
        Assert.True(InnerProduct.TryParseList("0.3, 0.9,-1,1e-3", out var values, out var error), error);
        Assert.Equal(new[] { 0.3, 0.9, -1, 0.001 }, values.ToArray());
    }

    [Theory]
    [InlineData("1.5", "t must be in [-1, 1] (the inner product of two unit vectors), got 1.5")]
    [InlineData("0.3,-1.01", "t must be in [-1, 1] (the inner product of two unit vectors), got -1.01")]
    [InlineData("0.3,abc", "t must be a number in [-1, 1], got 'abc'")]
    [InlineData("NaN", "t must be a number in [-1, 1], got 'NaN'")]
    [InlineData("", "t needs at least one value in [-1, 1], e.g. --t 0.3,0.9,-1")]
    public void Bad_values_name_the_value_and_the_range(string text, string expected)
    {
        Assert.False(InnerProduct.TryParseList(text, out _, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Endpoints_are_accepted()
    {
        Assert.Null(InnerProduct.Check(-1));
        Assert.Null(InnerProduct.Check(1));
        Assert.NotNull(InnerProduct.Check(double.NaN));
    }
}
