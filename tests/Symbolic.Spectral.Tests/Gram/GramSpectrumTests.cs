using Symbolic.Spectral.Gram;

namespace Symbolic.Spectral.Tests.Gram;

public sealed class GramSpectrumTests
{
    [Fact]
    public void Eigenvalues_of_a_known_matrix_are_sorted_and_give_the_condition_number()
    {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        var spectrum = GramSpectrum.Of([2, 1, 1, 2], 2);
        Assert.Equal(1, spectrum.Eigenvalues[0], 12);
        Assert.Equal(3, spectrum.Eigenvalues[1], 12);
        Assert.Equal(3, spectrum.Condition, 12);
        Assert.False(spectrum.BelowRoundOff);
        Assert.Equal(spectrum.Condition, spectrum.ResolvableCondition, 12);
    }

    [Fact]
    public void Trace_of_the_ntk_gram_is_the_sum_of_its_eigenvalues()
    {
        var x = GramTestData.RandomSphere(60, 5, 7);
        var gram = GramEngine.Compute(x, null, GramTestData.NtkMap);
        var spectrum = GramSpectrum.Of(gram, 60);
        Assert.Equal(2.0 * 60, spectrum.Eigenvalues.Sum(), 9);
        Assert.True(spectrum.Eigenvalues[0] > 0); // the ReLU NTK is strictly positive definite on distinct points
        Assert.Equal(spectrum.Eigenvalues[^1] / spectrum.Eigenvalues[0], spectrum.Condition);
    }

    [Fact]
    public void A_singular_matrix_is_flagged_below_round_off()
    {
        // Rank one: 11ᵀ has eigenvalues 0, 0, 3.
        var spectrum = GramSpectrum.Of([1, 1, 1, 1, 1, 1, 1, 1, 1], 3);
        Assert.True(spectrum.BelowRoundOff);
        Assert.True(spectrum.ResolvableCondition <= 3 / spectrum.RoundOff * (1 + 1e-12));
    }
}
