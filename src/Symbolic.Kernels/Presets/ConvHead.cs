namespace Symbolic.Kernels.Presets;

/// <summary>The readout head of the convolutional presets (conv-dense.md §1.2).</summary>
public enum ConvHead
{
    /// <summary>Shift-equivariant: output pixel 0, kernel M₀₀ (<see cref="Layers.EqHead"/>).</summary>
    Eq,

    /// <summary>Global average pooling: (1/d²)·Σ_ij M_ij (<see cref="Layers.GlobalAveragePooling"/>).</summary>
    Gap,

    /// <summary>Vectorised readout: (1/d)·Σ_i M_ii (<see cref="Layers.Flatten"/>).</summary>
    Vec,
}
