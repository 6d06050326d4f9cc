using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.Kernels;

/// <summary>
/// The layer facade, after neural-tangents' stax: one factory per layer, activation and preset, e.g.
/// <c>Stax.Serial(Stax.Dense(), Stax.Relu(), Stax.Dense())</c>. Defaults follow fc-resnet.md §1.3 (σ_w² = 1, σ_b² = 0,
/// trained) and §4.1.
/// </summary>
public static class Stax
{
    /// <summary>Dense with weight variance <paramref name="w"/> (default 1), bias variance <paramref name="b"/> (default 0).</summary>
    public static Dense Dense(Expr? w = null, Expr? b = null, bool trained = true) => new(w ?? Number.One, b ?? Number.Zero, trained);

    /// <summary>ReLU nonlinearity (c_φ = 2).</summary>
    public static Nonlinearity Relu() => new(Activations.Relu.Instance);

    /// <summary>Two-slope ReLU, slopes a (z &lt; 0) and b (z &gt; 0), variance preserving.</summary>
    public static Nonlinearity AbRelu(Expr a, Expr b) => new(new AbRelu(a, b));

    /// <summary>Leaky ReLU = AbRelu(slope, 1).</summary>
    public static Nonlinearity LeakyRelu(Expr slope) => new(new AbRelu(slope, Number.One));

    /// <summary>Heaviside step nonlinearity (c_φ = 2, zero derivative dual).</summary>
    public static Nonlinearity Step() => new(Activations.Step.Instance);

    /// <summary>erf nonlinearity (arcsine dual).</summary>
    public static Nonlinearity Erf() => new(Activations.Erf.Instance);

    /// <summary>An activation φ(z) with no closed-form dual (Gauss–Hermite quadrature).</summary>
    public static Nonlinearity Numeric(Expr phi, Symbol z, string name) => new(new NumericActivation(phi, z, name));

    /// <summary>The identity layer.</summary>
    public static Identity Identity() => Layers.Identity.Instance;

    /// <summary>Multiplication of the signal by c.</summary>
    public static Scale Scale(Expr c) => new(c);

    /// <summary>Layers in order.</summary>
    public static Serial Serial(params Layer[] layers) => new([.. layers]);

    /// <summary><paramref name="layer"/> repeated <paramref name="count"/> times.</summary>
    public static Repeat Repeat(Layer layer, int count) => new(layer, count);

    /// <summary>x + α·branch(x).</summary>
    public static Residual Residual(Layer branch, Expr? alpha = null) => new(branch, alpha ?? Number.One);

    /// <summary>Copy into <paramref name="count"/> branches.</summary>
    public static FanOut FanOut(int count) => new(count);

    /// <summary>One layer per open branch.</summary>
    public static Parallel Parallel(params Layer[] layers) => new([.. layers]);

    /// <summary>Sum of the open branches.</summary>
    public static FanInSum FanInSum() => Layers.FanInSum.Instance;

    /// <summary>Channel-wise concatenation of the open branches: the width-weighted average of their kernels
    /// (conv-dense.md §3.3).</summary>
    public static FanInConcat FanInConcat() => Layers.FanInConcat.Instance;

    /// <summary>The fully connected preset: <paramref name="layers"/> weight layers (Bietti–Bach count).</summary>
    public static FullyConnected Fc(int layers, Activation? act = null, Expr? bias = null) => new(layers, act ?? Activations.Relu.Instance, bias ?? Number.Zero);

    /// <summary>The Huang/Belfer ResNet preset with branch scale α (<paramref name="train"/> = all: every layer trained,
    /// conv-dense.md §3.2).</summary>
    public static ResNet ResNet(int blocks, Expr alpha, ResNetTraining train = ResNetTraining.Blocks) => new(blocks, alpha, null, train);

    /// <summary>The canonical MLP r₀ = W₀x, rₗ = relu(√(2/n)Wₗrₗ₋₁), f = v·r_L/√n (conv-dense.md §3.2).</summary>
    public static Mlp Mlp(int layers) => new(layers);

    /// <summary>The canonical DenseNet with growth = width, L concatenation blocks (conv-dense.md §3.2).</summary>
    public static DenseNet DenseNet(int layers) => new(layers);

    /// <summary>The Huang/Belfer ResNet preset with α = blocks^(−γ).</summary>
    public static ResNet ResNetGamma(int blocks, Expr gamma) => Presets.ResNet.WithGamma(blocks, gamma);
}
