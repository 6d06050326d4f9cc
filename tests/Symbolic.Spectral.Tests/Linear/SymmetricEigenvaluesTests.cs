using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Symbolic.Spectral.Gram;
using Symbolic.Spectral.Linear;
using Symbolic.Spectral.Tests.Gram;

namespace Symbolic.Spectral.Tests.Linear;

public sealed class SymmetricEigenvaluesTests
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>MathNet's symmetric EVD, ascending (the reference solver).</summary>
    private static double[] MathNetEigenvalues(double[] a, int n) =>
        Matrix<double>.Build.Dense(n, n, a).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).Order().ToArray();

    private static double MaxAbsDifference(double[] x, double[] y) => x.Zip(y, (a, b) => Math.Abs(a - b)).Max();

    /// <summary>H·diag(λ)·H with H = I − 2uuᵀ/‖u‖² for a random u: a dense matrix with the spectrum λ.</summary>
    private static double[] Reflected(double[] a, int n, int seed)
    {
        var random = new Random(seed);
        var u = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
        double norm2 = u.Sum(x => x * x);
        // B = HAH = A − u(2Aᵤ)ᵀ/… written out: with y = Au·2/‖u‖², c = uᵀy/‖u‖², B = A − uyᵀ − yuᵀ + 2c·uuᵀ.
        var y = new double[n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) y[i] += a[i * n + j] * u[j] * 2 / norm2;
        double c = u.Zip(y, (p, q) => p * q).Sum() / norm2;
        var b = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) b[i * n + j] = a[i * n + j] - u[i] * y[j] - y[i] * u[j] + 2 * c * u[i] * u[j];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < i; j++) b[i * n + j] = b[j * n + i];
        return b;
    }

    private static double[] Diagonal(double[] values)
    {
        int n = values.Length;
        var a = new double[n * n];
        for (int i = 0; i < n; i++) a[i * n + i] = values[i];
        return a;
    }

    [Property(Arbitrary = [typeof(SymmetricMatrixArbitrary)], MaxTest = 40, Replay = "(1234,5679)")]
    public void Eigenvalues_agree_with_MathNet_to_n_eps_norm(SymmetricMatrixArbitrary.Case matrixCase)
    {
        int n = matrixCase.Size;
        var a = matrixCase.Matrix();
        var copy = (double[])a.Clone();
        var mine = SymmetricEigenvalues.Compute(a, n);
        var reference = MathNetEigenvalues(a, n);
        double norm = Math.Max(Math.Abs(reference[0]), Math.Abs(reference[^1]));
        Assert.Equal(copy, a); // the input is not modified
        for (int i = 1; i < n; i++) Assert.True(mine[i - 1] <= mine[i]);
        double difference = MaxAbsDifference(mine, reference);
        Assert.True(difference <= 4 * n * Epsilon * norm, $"{matrixCase}: max |Δλ| = {difference:E3}, ‖A‖ = {norm:E3}");
    }

    [Fact]
    public void The_two_thread_path_agrees_with_MathNet_at_n_600()
    {
        const int n = 600;
        var a = new SymmetricMatrixArbitrary.Case(n, 42, 0).Matrix();
        var mine = SymmetricEigenvalues.Compute(a, n);
        var reference = MathNetEigenvalues(a, n);
        double norm = Math.Max(Math.Abs(reference[0]), reference[^1]);
        Assert.True(MaxAbsDifference(mine, reference) <= 4 * n * Epsilon * norm);
    }

    [Fact]
    public void A_diagonal_matrix_gives_its_diagonal_sorted_exactly()
    {
        double[] values = [3.5, -2, 0, 1e-200, 7e12, -0.25, 3.5];
        Assert.Equal(values.Order().ToArray(), SymmetricEigenvalues.Compute(Diagonal(values), values.Length));
    }

    [Theory]
    [InlineData(2, 1, 2)]
    [InlineData(1, 1e-9, 1)]
    [InlineData(-3, 4, 5)]
    [InlineData(1e-5, 0.5, 1e5)]
    [InlineData(0, -1, 0)]
    public void Two_by_two_matches_the_closed_form(double a, double b, double c)
    {
        // λ± = (a + c)/2 ± √(((a − c)/2)² + b²).
        double mean = (a + c) / 2, radius = double.Hypot((a - c) / 2, b);
        var values = SymmetricEigenvalues.Compute([a, b, b, c], 2);
        double tolerance = 4 * Epsilon * (Math.Abs(mean) + radius);
        Assert.Equal(mean - radius, values[0], tolerance);
        Assert.Equal(mean + radius, values[1], tolerance);
    }

    [Theory]
    [InlineData(1, 0.25, 50)]
    [InlineData(1, 0.9, 300)]
    [InlineData(2, -0.01, 101)]
    [InlineData(1, 1, 40)]
    public void Double_constant_matrix_has_the_section_2_8_spectrum(double c1, double c2, int n)
    {
        // conv-dense.md §2.8: c₁ + (n − 1)c₂ once and c₁ − c₂ (n − 1) times.
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) a[i * n + j] = i == j ? c1 : c2;
        var values = SymmetricEigenvalues.Compute(a, n);
        double single = c1 + (n - 1) * c2, repeated = c1 - c2;
        double tolerance = 4 * n * Epsilon * Math.Max(Math.Abs(single), Math.Abs(repeated));
        var expected = Enumerable.Repeat(repeated, n - 1).Append(single).Order().ToArray();
        Assert.True(MaxAbsDifference(values, expected) <= tolerance);
        if (c1 == 1 && c2 is > 0 and < 1)
        {
            // cond = λmax/λmin with both eigenvalues to ±tolerance: relative error ≲ tolerance·(1/λmin + 1/λmax).
            var spectrum = GramSpectrum.Of(a, n);
            double expectedCondition = GramSpectrum.DoubleConstantCondition(n, c2);
            Assert.Equal(expectedCondition, spectrum.Condition, 2 * expectedCondition * tolerance * (1 / repeated + 1 / single));
        }
    }

    /// <summary>Wilkinson's W₂₁⁺ (diagonal |10 − i|, off-diagonal 1), eigenvalues from mpmath (40 digits).</summary>
    private static readonly double[] s_wilkinson21 =
    [
        -1.1254415221199842223, 0.25380581709667816771, 0.94753436752929327885, 1.789321352695081406, 2.1302092193625059945,
        2.9610588841857266916, 3.0430992925788237393, 3.9960482013836250307, 4.0043540234408567351, 4.99978247774290186,
        5.0002444250019130081, 6.00021752225709814, 6.0002340315841670166, 7.0039517986163749693, 7.0039522095286756738,
        8.0389411158142733084, 8.0389411228290232363, 9.210678647304918594, 9.2106786473613321079, 10.746194182903321832,
        10.746194182903393432,
    ];

    [Fact]
    public void Wilkinson_W21_plus_and_a_dense_similar_copy_match_mpmath()
    {
        const int n = 21;
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            a[i * n + i] = Math.Abs(10 - i);
            if (i + 1 < n) a[i * n + i + 1] = a[(i + 1) * n + i] = 1;
        }
        // Tridiagonal input: the reduction is the identity, so only the QL round-off remains (close pairs ~7e-14 apart).
        Assert.True(MaxAbsDifference(SymmetricEigenvalues.Compute(a, n), s_wilkinson21) <= 20 * Epsilon * 11);
        Assert.True(MaxAbsDifference(SymmetricEigenvalues.Compute(Reflected(a, n, 5), n), s_wilkinson21) <= 4 * n * Epsilon * 11);
    }

    [Fact]
    public void A_tiny_smallest_eigenvalue_is_lost_in_round_off_and_flagged()
    {
        const int n = 30;
        var values = Enumerable.Range(0, n).Select(i => i == 0 ? 1e-20 : (double)i).ToArray();
        var a = Reflected(Diagonal(values), n, 11);
        var computed = SymmetricEigenvalues.Compute(a, n);
        double tolerance = 4 * n * Epsilon * (n - 1);
        Assert.True(MaxAbsDifference(computed, values) <= tolerance);
        var spectrum = GramSpectrum.Of(a, n);
        Assert.True(spectrum.BelowRoundOff);
        Assert.True(spectrum.RoundOff > 1e-20);
    }

    [Fact]
    public void Gram_matrix_of_random_points_is_positive_and_keeps_trace_and_frobenius_norm()
    {
        const int n = 150;
        var gram = GramEngine.Compute(GramTestData.RandomSphere(n, 4, 3), null, GramTestData.NtkMap);
        var values = SymmetricEigenvalues.Compute(gram, n);
        double trace = Enumerable.Range(0, n).Sum(i => gram[i * n + i]);
        double frobenius2 = gram.Sum(x => x * x);
        Assert.Equal(trace, values.Sum(), 1e-12 * trace);
        Assert.Equal(frobenius2, values.Sum(x => x * x), 1e-12 * frobenius2);
        Assert.True(values[0] > -n * Epsilon * values[^1]);
        // A rank-4 linear Gram XXᵀ (points in R⁴): n − 4 eigenvalues are zero up to round-off.
        var x = GramTestData.RandomSphere(n, 4, 4);
        var linear = GramEngine.Compute(x, null, (t, v) => t.CopyTo(v));
        var linearValues = SymmetricEigenvalues.Compute(linear, n);
        Assert.True(linearValues.Take(n - 4).All(v => Math.Abs(v) <= 4 * n * Epsilon * linearValues[^1]));
        Assert.True(linearValues[n - 4] > 1);
    }

    [Fact]
    public void Scaling_by_a_power_of_two_scales_the_eigenvalues_exactly_without_overflow()
    {
        const int n = 40;
        var a = new SymmetricMatrixArbitrary.Case(n, 8, 0).Matrix();
        var values = SymmetricEigenvalues.Compute(a, n);
        foreach (int power in new[] { 900, -900 })
        {
            var scaled = SymmetricEigenvalues.Compute(a.Select(x => Math.ScaleB(x, power)).ToArray(), n);
            Assert.Equal(values.Select(v => Math.ScaleB(v, power)).ToArray(), scaled);
        }
    }

    [Fact]
    public void Empty_single_and_zero_matrices()
    {
        Assert.Empty(SymmetricEigenvalues.Compute([], 0));
        Assert.Equal([-4.5], SymmetricEigenvalues.Compute([-4.5], 1));
        Assert.Equal(new double[3], SymmetricEigenvalues.Compute(new double[9], 3));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_entries_are_refused(double bad)
    {
        Assert.Throws<ArgumentException>(() => SymmetricEigenvalues.Compute([1, bad, bad, 1], 2));
        Assert.Throws<ArgumentException>(() => SymmetricEigenvalues.Compute([bad], 1));
        var spectrum = GramSpectrum.Of([1, bad, bad, 1], 2);
        Assert.All(spectrum.Eigenvalues, v => Assert.True(double.IsNaN(v)));
        Assert.True(double.IsNaN(spectrum.Condition));
    }

    [Fact]
    public void Wrong_lengths_are_refused()
    {
        Assert.Throws<ArgumentException>(() => SymmetricEigenvalues.Compute([1, 2, 3], 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => SymmetricEigenvalues.Compute([], -1));
    }
}
