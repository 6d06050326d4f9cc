using System.Collections.Immutable;
using System.Globalization;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The inputs of one Monte Carlo run: unit vectors of ℝᵈ built from the requested cosines, x₀ = e₁ and, for each tⱼ,
/// zⱼ = tⱼ·e₁ + √(1 − tⱼ²)·e₂, so ⟨x₀, zⱼ⟩ = tⱼ exactly. Weights are isotropic (i.i.d. N(0, 1)), so the law of every
/// empirical kernel depends on the inputs only through their inner products: the choice of e₁, e₂ loses nothing.
/// Index 0 is x₀ and index j + 1 is zⱼ.
/// </summary>
public sealed class InputBatch
{
    private readonly double[] _vectors;

    private InputBatch(int dimension, ImmutableArray<double> cosines)
    {
        (Dimension, Cosines) = (dimension, cosines);
        _vectors = new double[Count * dimension];
        _vectors[0] = 1;
        for (int j = 0; j < cosines.Length; j++)
        {
            double t = cosines[j];
            _vectors[(j + 1) * dimension] = t;
            _vectors[(j + 1) * dimension + 1] = t is 1 or -1 ? 0 : Math.Sqrt(1 - t * t);
        }
    }

    /// <summary>The dimension d ≥ 2 of the input space.</summary>
    public int Dimension { get; }

    /// <summary>The cosines t₁, …, t_k.</summary>
    public ImmutableArray<double> Cosines { get; }

    /// <summary>Number of input vectors, k + 1.</summary>
    public int Count => Cosines.Length + 1;

    /// <summary>The batch for <paramref name="cosines"/> in dimension <paramref name="dimension"/>.</summary>
    /// <exception cref="ArgumentException">d &lt; 2, no cosine, or a cosine outside [−1, 1].</exception>
    public static InputBatch OnSphere(int dimension, IEnumerable<double> cosines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        var list = cosines.ToImmutableArray();
        if (list.IsEmpty) throw new ArgumentException("At least one cosine is needed.", nameof(cosines));
        foreach (var t in list)
            if (!(t is >= -1 and <= 1))
                throw new ArgumentException($"Cosines must lie in [-1, 1], got {t.ToString("R", CultureInfo.InvariantCulture)}.", nameof(cosines));
        return new InputBatch(dimension, list);
    }

    /// <summary>Input vector <paramref name="index"/> (0 is x₀, j + 1 is zⱼ), a unit vector of length d.</summary>
    public ReadOnlySpan<double> Vector(int index) => _vectors.AsSpan(index * Dimension, Dimension);
}
