using Symbolic.Kernels;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// The empirical kernels of one sampled network on an <see cref="InputBatch"/>, as symmetric Gram matrices over the
/// inputs: the NNGP Σ̂[a, b], the readout's covariance given every other layer, E_v[f(xₐ)f(x_b)] = σ_v²·(1/n)⟨hₐ, h_b⟩ + σ_b²
/// (the width-averaged feature inner product of fc-resnet.md §8, exact in the readout's weights), and the NTK
/// Θ̂[a, b] = Σ over trained dense layers ⟨∂f/∂h′ₐ, ∂f/∂h′_b⟩·(σ_w²/n·⟨hₐ, h_b⟩ + σ_b²), the layer-wise gradient inner
/// product of §8. <see cref="Outputs"/> are the network outputs f(xₐ) themselves.
/// </summary>
public sealed class EmpiricalKernels
{
    private readonly double[] _nngp;
    private readonly double[]? _ntk;
    private readonly double[] _outputs;

    internal EmpiricalKernels(int count, double[] nngp, double[]? ntk, double[] outputs) =>
        (Count, _nngp, _ntk, _outputs) = (count, nngp, ntk, outputs);

    /// <summary>Number of inputs.</summary>
    public int Count { get; }

    /// <summary>Whether the NTK was computed (it needs the backward pass).</summary>
    public bool HasNtk => _ntk is not null;

    /// <summary>f(xₐ) for every input a.</summary>
    public ReadOnlySpan<double> Outputs => _outputs;

    /// <summary>Σ̂[a, b].</summary>
    public double Nngp(int a, int b) => _nngp[a * Count + b];

    /// <summary>Θ̂[a, b].</summary>
    /// <exception cref="InvalidOperationException">The NTK was not computed.</exception>
    public double Ntk(int a, int b) => _ntk is null ? throw new InvalidOperationException("The NTK was not computed for this sample.") : _ntk[a * Count + b];

    /// <summary>K̂[a, b] of <paramref name="kind"/>, raw or normalised per network, K̂[a, b]/√(K̂[a, a]·K̂[b, b])
    /// (NaN when a diagonal is 0, e.g. the NTK of a network with no trained layer).</summary>
    public double Value(KernelKind kind, bool normalized, int a, int b)
    {
        Func<int, int, double> k = kind == KernelKind.Nngp ? Nngp : Ntk;
        if (!normalized) return k(a, b);
        double scale = Math.Sqrt(k(a, a) * k(b, b));
        return scale > 0 ? k(a, b) / scale : double.NaN;
    }
}
