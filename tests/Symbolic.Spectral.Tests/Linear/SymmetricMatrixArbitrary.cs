using FsCheck;
using FsCheck.Fluent;

namespace Symbolic.Spectral.Tests.Linear;

/// <summary>Random symmetric test matrices: n ∈ [1, 200], a seed and a kind.</summary>
public static class SymmetricMatrixArbitrary
{
    /// <summary>A matrix recipe: 0 uniform entries in [−1, 1]; 1 the same times 10^(±60); 2 rank three plus 10⁻⁸ noise.</summary>
    public sealed record Case(int Size, int Seed, int Kind)
    {
        /// <summary>The row-major matrix (exactly symmetric).</summary>
        public double[] Matrix()
        {
            var random = new Random(Seed);
            int n = Size;
            var a = new double[n * n];
            double scale = Kind == 1 ? Math.Pow(10, random.Next(-60, 61)) : 1;
            var factors = new double[n * 3];
            for (int i = 0; i < factors.Length; i++) factors[i] = random.NextDouble() * 2 - 1;
            for (int i = 0; i < n; i++)
                for (int j = i; j < n; j++)
                {
                    double x = random.NextDouble() * 2 - 1;
                    if (Kind == 2)
                        x = 1e-8 * x + factors[3 * i] * factors[3 * j] + factors[3 * i + 1] * factors[3 * j + 1] + factors[3 * i + 2] * factors[3 * j + 2];
                    a[i * n + j] = a[j * n + i] = x * scale;
                }
            return a;
        }
    }

    /// <summary>The generator (sizes uniform in [1, 200], independent of FsCheck's size parameter).</summary>
    public static Arbitrary<Case> Cases() =>
        (from n in Gen.Choose(1, 200)
         from seed in Gen.Choose(0, 1_000_000)
         from kind in Gen.Choose(0, 2)
         select new Case(n, seed, kind)).ToArbitrary();
}
