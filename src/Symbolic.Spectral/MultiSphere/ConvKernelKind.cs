namespace Symbolic.Spectral.MultiSphere;

/// <summary>Which infinite-width kernel of a convolutional network (conv-dense.md §2.2, §2.3).</summary>
public enum ConvKernelKind
{
    /// <summary>The NNGP (GP) kernel; end-point exponent s = 3/2 (κ₁).</summary>
    Gp,

    /// <summary>The neural tangent kernel, all layers trained; end-point exponent s = 1/2 (κ₀).</summary>
    Ntk,
}
