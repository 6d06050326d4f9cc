namespace Symbolic.Kernels.Images;

/// <summary>
/// The state of the side program of a compiled <see cref="ImagePlan"/> over N points (conv-dense.md §2.2): per signal
/// slot the diagonal K_xx[i, i] of every point, pixel-major (i·N + m), evolved by the same linear maps as the pairs and
/// by the activations' exact diagonal duals; each activation first records its input into <see cref="Trace"/>.
/// </summary>
internal sealed class ImageSideRun
{
    public ImageSideRun(int slots, int pixels, int count, int activations)
    {
        Count = count;
        V = new double[slots][];
        for (int s = 0; s < slots; s++) V[s] = new double[pixels * count];
        Spare = new double[pixels * count];
        Trace = new double[activations][];
    }

    /// <summary>N, the points.</summary>
    public int Count { get; }

    /// <summary>K_xx[i, i] per slot, pixel-major.</summary>
    public double[][] V { get; }

    /// <summary>The spare array an out-of-place step writes before <see cref="Swap"/>.</summary>
    public double[] Spare { get; private set; }

    /// <summary>The recorded inputs of the activations, in program order.</summary>
    public double[][] Trace { get; }

    /// <summary>Makes the spare array the slot's values.</summary>
    public void Swap(int slot) => (V[slot], Spare) = (Spare, V[slot]);
}
