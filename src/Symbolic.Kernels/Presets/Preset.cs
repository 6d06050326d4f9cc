using Symbolic.Kernels.Images;

namespace Symbolic.Kernels.Presets;

/// <summary>
/// A named architecture with stated conventions (depth count, which layers are trained) that expands to plain layers.
/// Its kernels are those of <see cref="Expand"/>; it prints as its preset call, e.g. <c>fc(layers=3, act=relu, bias=0)</c>.
/// </summary>
public abstract record Preset : Layer
{
    /// <summary>The equivalent composition of plain layers.</summary>
    public abstract Layer Expand();

    /// <inheritdoc/>
    public override bool HasClosedForm => Expand().HasClosedForm;

    /// <summary>The kernels of <see cref="Expand"/>.</summary>
    public override KernelState Transfer(KernelState k) => Expand().Transfer(k);

    /// <summary>The kernels of <see cref="Expand"/>.</summary>
    public override NumericKernelState Transfer(NumericKernelState k) => Expand().Transfer(k);

    /// <summary>The image kernels of <see cref="Expand"/>.</summary>
    public override ImageKernelBatch Transfer(ImageKernelBatch k) => Expand().Transfer(k);

    /// <summary>The image kernels of <see cref="Expand"/>.</summary>
    public override ImageKernelState Transfer(ImageKernelState k) => Expand().Transfer(k);
}
