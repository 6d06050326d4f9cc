namespace Symbolic.Kernels;

/// <summary>Which infinite-width kernel.</summary>
public enum KernelKind
{
    /// <summary>The NNGP (Gaussian-process) kernel Σ: the output covariance at initialisation.</summary>
    Nngp,

    /// <summary>The neural tangent kernel Θ: the Gram matrix of parameter gradients of the trained layers.</summary>
    Ntk,
}
