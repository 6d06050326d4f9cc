using Symbolic.MonteCarlo.Studies;

namespace Symbolic.MonteCarlo.Tests.Studies;

/// <summary>The straight-line fits behind the width sweep.</summary>
public sealed class LineFitTests
{
    [Fact]
    public void An_exact_line_is_recovered_with_zero_residual()
    {
        double[] x = [1, 2, 4, 8];
        var y = x.Select(v => 3 - 0.5 * v).ToArray();
        var ordinary = LineFit.Ordinary(x, y);
        Assert.Equal(3, ordinary.Intercept, 12);
        Assert.Equal(-0.5, ordinary.Slope, 12);
        Assert.Equal(1, ordinary.RSquared, 12);
        Assert.Equal(0, ordinary.SlopeError, 12);
        var weighted = LineFit.Weighted(x, y, [1, 2, 3, 4]);
        Assert.Equal(3, weighted.Intercept, 12);
        Assert.Equal(-0.5, weighted.Slope, 12);
    }

    [Fact]
    public void Weighted_errors_are_those_propagated_from_the_error_bars()
    {
        // Two points with unit errors: a and b are determined exactly by them, so σ_b = √2/|x₂ − x₁| and
        // σ_a = √(x₁² + x₂²)/|x₂ − x₁| (from Δ = S·Sₓₓ − Sₓ²).
        var fit = LineFit.Weighted([1, 3], [2, 6], [1, 1]);
        Assert.Equal(2, fit.Slope, 12);
        Assert.Equal(0, fit.Intercept, 12);
        Assert.Equal(Math.Sqrt(2) / 2, fit.SlopeError, 12);
        Assert.Equal(Math.Sqrt(10) / 2, fit.InterceptError, 12);
    }

    [Fact]
    public void Degenerate_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LineFit.Ordinary([1], [1]));
        Assert.Throws<ArgumentException>(() => LineFit.Ordinary([1, 1], [1, 2]));
        Assert.Throws<ArgumentException>(() => LineFit.Weighted([1, 2], [1, 2], [1, 0]));
    }
}
