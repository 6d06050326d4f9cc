using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Layers;

/// <summary>The identity layer (a skip path): every kernel, branch and correlation passes through unchanged.</summary>
public sealed record Identity : Layer
{
    /// <summary>The shared instance.</summary>
    public static Identity Instance { get; } = new();

    /// <inheritdoc/>
    public override string Spec => "identity";

    /// <summary>k ↦ k.</summary>
    public override KernelState Transfer(KernelState k) => k;

    /// <summary>k ↦ k.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => k;

    /// <summary>k ↦ k.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k) => k;

    /// <summary>k ↦ k.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => k;
}
