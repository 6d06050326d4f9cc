namespace Symbolic.Kernels.Presets;

/// <summary>Which layers of the <see cref="ResNet"/> preset are trained (printed as <c>train=blocks|all</c>).</summary>
public enum ResNetTraining
{
    /// <summary>Huang/Belfer (fc-resnet.md §4.1): the blocks' W and V only; the first layer A and the readout v fixed.</summary>
    Blocks,

    /// <summary>Every layer (conv-dense.md §3.2, the d = 1 canonical ResCNN): also x₀ = W₀x and f = v·x_L/√n.</summary>
    All,
}
