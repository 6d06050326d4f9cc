namespace Symbolic.Kernels.Images;

/// <summary>
/// The reusable buffers of one thread running a compiled <see cref="ImagePlan"/> on batches of up to
/// <see cref="Capacity"/> pairs (conv-dense.md §2.2–2.3): per signal slot the entry-major K_xz and Θ_xz
/// (value (e, p) at e·n + p for a batch of n pairs), one spare array of each that out-of-place steps write into and then
/// swap with the slot, the sides' per-pixel variances gathered from the traces, and the dual derivative Ḋ. Nothing is
/// allocated per batch or per layer; a plan rents one workspace per Gram call.
/// </summary>
internal sealed class ImageWorkspace
{
    public ImageWorkspace(int slots, int entries, int pixels, int capacity, bool trackNtk)
    {
        (Capacity, TracksNtk) = (capacity, trackNtk);
        K = new double[slots][];
        T = new double[slots][];
        for (int s = 0; s < slots; s++)
        {
            K[s] = new double[entries * capacity];
            T[s] = trackNtk ? new double[entries * capacity] : [];
        }
        SpareK = new double[entries * capacity];
        SpareT = trackNtk ? new double[entries * capacity] : [];
        Var1 = new double[pixels * capacity];
        Var2 = new double[pixels * capacity];
        Derivative = new double[capacity];
        X = new int[capacity];
        Z = new int[capacity];
    }

    /// <summary>The most pairs a batch may hold.</summary>
    public int Capacity { get; }

    /// <summary>Whether Θ is computed.</summary>
    public bool TracksNtk { get; }

    /// <summary>The pairs in the current batch, n ≤ <see cref="Capacity"/>.</summary>
    public int Count { get; set; }

    /// <summary>K_xz per slot, entry-major (e·n + p).</summary>
    public double[][] K { get; }

    /// <summary>Θ_xz per slot, entry-major (empty arrays when Θ is not tracked).</summary>
    public double[][] T { get; }

    /// <summary>The spare K array an out-of-place step writes before <see cref="SwapK"/>.</summary>
    public double[] SpareK { get; private set; }

    /// <summary>The spare Θ array an out-of-place step writes before <see cref="SwapT"/>.</summary>
    public double[] SpareT { get; private set; }

    /// <summary>K_xx[i, i] of the current step, pixel-major (i·n + p), gathered from <see cref="XTrace"/>.</summary>
    public double[] Var1 { get; }

    /// <summary>K_zz[j, j] of the current step, pixel-major, gathered from <see cref="ZTrace"/>.</summary>
    public double[] Var2 { get; }

    /// <summary>Ḋ of one entry (n values).</summary>
    public double[] Derivative { get; }

    /// <summary>Pair p's x as an index into <see cref="XTrace"/>'s points.</summary>
    public int[] X { get; }

    /// <summary>Pair p's z as an index into <see cref="ZTrace"/>'s points.</summary>
    public int[] Z { get; }

    /// <summary>The per-point side variances of the x points.</summary>
    public ImageSideTrace? XTrace { get; set; }

    /// <summary>The per-point side variances of the z points.</summary>
    public ImageSideTrace? ZTrace { get; set; }

    /// <summary>Makes the spare K array the slot's K (the old one becomes the spare).</summary>
    public void SwapK(int slot) => (K[slot], SpareK) = (SpareK, K[slot]);

    /// <summary>Makes the spare Θ array the slot's Θ.</summary>
    public void SwapT(int slot) => (T[slot], SpareT) = (SpareT, T[slot]);
}
