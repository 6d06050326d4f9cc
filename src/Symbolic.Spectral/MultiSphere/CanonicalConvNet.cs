using System.Globalization;

namespace Symbolic.Spectral.MultiSphere;

/// <summary>
/// The canonical 1-D circular ResCNN or CNN of conv-dense.md §2.1 with the Eq head at output pixel i₀ = 0, 1×1
/// embedding (q₀ = 1), 1×1 second block conv (q_v = 1), every layer trained, kernels normalised so K(x, x) = 1 on
/// MS(C0, d). ResCNN: x⁽ˡ⁾ = x⁽ˡ⁻¹⁾ + α·V_l⋆relu(W_l⋆x⁽ˡ⁻¹⁾), l = 1 … L; CNN: r⁽ˡ⁾ = relu(W_l⋆r⁽ˡ⁻¹⁾).
/// With d = 1, q = 1 both reduce to the fully connected ResNet/MLP (§2.2 "FC reduction", §3.3).
/// </summary>
/// <param name="Residual">True for the ResCNN (ResCGPK/ResCNTK), false for the plain CNN (CGPK/CNTK).</param>
/// <param name="Kind">GP or NTK.</param>
/// <param name="Pixels">The number of pixels d ≥ 1 (circular padding).</param>
/// <param name="Filter">The odd filter size q ≥ 1 of the W convolutions.</param>
/// <param name="Blocks">The depth L ≥ 1 (residual blocks or conv+ReLU layers).</param>
/// <param name="Alpha">The residual branch scale α (ignored by the CNN).</param>
/// <param name="TrainEmbedding">Whether the 1×1 embedding W₀ is trained (NTK only; Θ⁽⁰⁾ = K⁽⁰⁾, else 0).</param>
/// <param name="TrainReadout">Whether the readout v is trained (NTK only; adds head(K⁽ᴸ⁾)).</param>
public sealed record CanonicalConvNet(bool Residual, ConvKernelKind Kind, int Pixels, int Filter, int Blocks, double Alpha = 1,
    bool TrainEmbedding = true, bool TrainReadout = true)
{
    /// <summary>The largest supported depth L (the scalar recursion is O(L·d·q) per point).</summary>
    public const int MaxBlocks = 100_000;

    /// <summary>The end-point exponent s: 3/2 for the GP (κ₁ ~ ε^(3/2)), 1/2 for the NTK (κ₀ ~ ε^(1/2)), §1.1.</summary>
    public double EndPointExponent => Kind == ConvKernelKind.Gp ? 1.5 : 0.5;

    /// <summary>A short name: ResCGPK, ResCNTK, CGPK or CNTK.</summary>
    public string Name => (Residual ? "Res" : "") + (Kind == ConvKernelKind.Gp ? "CGPK" : "CNTK");

    /// <summary>
    /// The receptive field of output pixel 0: the 1 + L(q − 1) pixels at circular offsets −L(q−1)/2 … L(q−1)/2
    /// (§2.5, with q₀ = q_v = 1), counted without repetition (at most d).
    /// </summary>
    public int ReceptiveField => Math.Min(Pixels, 1 + Blocks * (Filter - 1));

    /// <summary>
    /// The value K(x, x) of the unnormalised kernel on MS(C0, d), by the recursion at t = (1, …, 1) (§2.2, §2.3):
    /// ResCGPK (1+α²)^L; ResCNTK (1+α²)^L·(2 + 2Lα²/(1+α²)) with embedding and readout trained, 2Lα²(1+α²)^(L−1) with
    /// only the blocks trained; CGPK 1; CNTK L + 2 (L with only the blocks trained).
    /// </summary>
    public double Diagonal => ScaledDiagonal * (Residual ? Math.Pow(1 + Alpha * Alpha, Blocks) : 1);

    /// <summary>K(x, x)/(1+α²)^L for the ResCNN, K(x, x) for the CNN (finite at any depth).</summary>
    internal double ScaledDiagonal => EqRecursion.Scaled(ScalarAlgebra.Instance, this, [.. Enumerable.Repeat(1.0, Pixels)]);

    /// <summary>Null when the parameters are valid (d ≥ 1, odd q ≥ 1, 1 ≤ L ≤ <see cref="MaxBlocks"/>, finite α ≥ 0 with α &gt; 0 for the ResCNN), else a message for the user.</summary>
    public string? Check() =>
        Pixels < 1 ? $"The number of pixels d must be at least 1; got {Pixels}."
        : Filter < 1 || Filter % 2 == 0 ? $"The filter size q must be odd and positive; got {Filter}."
        : Blocks < 1 || Blocks > MaxBlocks ? $"The depth L must be in [1, {MaxBlocks}]; got {Blocks}."
        : Residual && !(double.IsFinite(Alpha) && Alpha > 0)
            ? $"The residual scale alpha must be finite and positive; got {Alpha.ToString(CultureInfo.InvariantCulture)}."
        : null;

    /// <summary>
    /// The normalised Eq kernel F(t₀, …, t_(d−1)) as a batch function, by the diagonal-only recursion of §2.2/§2.3
    /// evaluated in doubles (independent of the symbolic kernel layer).
    /// </summary>
    /// <exception cref="ArgumentException">When <see cref="Check"/> rejects the parameters.</exception>
    public EqKernelBatch EqKernel()
    {
        if (Check() is { } error) throw new ArgumentException(error);
        var algebra = ScalarAlgebra.Instance;
        var scale = 1 / ScaledDiagonal;
        return (cosines, values) =>
        {
            var t = new double[Pixels];
            for (var p = 0; p < values.Length; p++)
            {
                cosines.Slice(p * Pixels, Pixels).CopyTo(t);
                values[p] = scale * EqRecursion.Scaled(algebra, this, t);
            }
        };
    }

    /// <summary>F at one point (see <see cref="EqKernel"/>).</summary>
    public double Evaluate(params ReadOnlySpan<double> cosines)
    {
        if (Check() is { } error) throw new ArgumentException(error);
        if (cosines.Length != Pixels) throw new ArgumentException($"Expected {Pixels} cosines, got {cosines.Length}.", nameof(cosines));
        return EqRecursion.Scaled(ScalarAlgebra.Instance, this, cosines.ToArray()) / ScaledDiagonal;
    }
}
