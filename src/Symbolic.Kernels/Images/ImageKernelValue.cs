namespace Symbolic.Kernels.Images;

/// <summary>
/// The kernels of one image pair (x, z): raw NNGP and NTK, the same recursion's values at (x, x) and (z, z), and the
/// normalised kernels K(x, z)/√(K(x, x)K(z, z)) (conv-dense.md §2.2–2.3: "normalise by the diagonal values").
/// </summary>
/// <param name="Nngp">K(x, z).</param>
/// <param name="Ntk">Θ(x, z) (NaN when the NTK was not tracked).</param>
/// <param name="NngpXX">K(x, x).</param>
/// <param name="NngpZZ">K(z, z).</param>
/// <param name="NtkXX">Θ(x, x).</param>
/// <param name="NtkZZ">Θ(z, z).</param>
/// <param name="QuadratureError">The largest dual error estimate met (0 for closed-form activations).</param>
public sealed record ImageKernelValue(double Nngp, double Ntk, double NngpXX, double NngpZZ, double NtkXX, double NtkZZ, double QuadratureError)
{
    /// <summary>K(x, z)/√(K(x, x)K(z, z)).</summary>
    public double NormalizedNngp => Nngp / Math.Sqrt(NngpXX * NngpZZ);

    /// <summary>Θ(x, z)/√(Θ(x, x)Θ(z, z)) (NaN when a diagonal is 0: nothing trained).</summary>
    public double NormalizedNtk => NtkXX == 0 || NtkZZ == 0 ? double.NaN : Ntk / Math.Sqrt(NtkXX * NtkZZ);
}
