using Symbolic.Kernels.Images;

namespace Symbolic.Kernels;

/// <summary>
/// A network layer as data (neural-tangents' stax, STYLE §3.8): an immutable record whose <see cref="Transfer(KernelState)"/>
/// maps the infinite-width kernels of its input to those of its output (stax's <c>kernel_fn</c>). Layers are printable
/// (<see cref="ToString"/> gives spec text the architecture grammar parses back) and compared by value. Every layer also
/// has a numeric transfer over doubles, used for activations without a closed-form dual.
/// </summary>
public abstract record Layer
{
    /// <summary>The kernels after this layer, as expressions.</summary>
    /// <exception cref="ArchitectureException">The layer cannot take this state (e.g. branches left open, or an
    /// activation with no closed form: check <see cref="HasClosedForm"/>).</exception>
    public abstract KernelState Transfer(KernelState k);

    /// <summary>The kernels after this layer, as doubles.</summary>
    /// <exception cref="ArchitectureException">The layer cannot take this state.</exception>
    public abstract NumericKernelState Transfer(NumericKernelState k);

    /// <summary>
    /// The per-pixel kernels of a batch of image pairs after this layer (conv-dense.md §2.2–2.3). Pointwise layers act
    /// entrywise (dense is the 1×1 conv), conv layers mix pixels through 𝒜_q, heads reduce the image to a scalar.
    /// </summary>
    /// <exception cref="ArchitectureException">The layer has no image meaning, or cannot take this state.</exception>
    public virtual ImageKernelBatch Transfer(ImageKernelBatch k) => throw NoImageKernel();

    /// <summary>The diagonal per-pixel kernels after this layer, as expressions (the symbolic Eq path, conv-dense.md §2.2).</summary>
    /// <exception cref="ArchitectureException">The layer has no image meaning, or cannot take this state.</exception>
    public virtual ImageKernelState Transfer(ImageKernelState k) => throw NoImageKernel();

    /// <summary>Whether the symbolic transfer exists (every activation inside has a closed-form dual).</summary>
    public virtual bool HasClosedForm => true;

    /// <summary>The spec text, e.g. <c>serial(dense, relu, dense)</c>.</summary>
    public abstract string Spec { get; }

    /// <summary>A one-paragraph description with the conventions in force (presets explain their depth count).</summary>
    public virtual string Description
    {
        get
        {
            var (dense, trained) = Derivation.LayerTree.CountDense(this);
            var activations = Derivation.LayerTree.Activations(this).Distinct().Select(a => a.Convention).ToList();
            return $"{Spec}: {dense} dense layer(s), {trained} trained (the others fixed: they carry the NTK but add no term); " +
                   (activations.Count == 0 ? "no activation" : $"activations: {string.Join("; ", activations)}") +
                   ". Inputs on the unit sphere, t = ⟨x, z⟩.";
        }
    }

    /// <summary>The spec text.</summary>
    public sealed override string ToString() => Spec;

    /// <summary>Throws unless <paramref name="k"/> is a single signal (no open fan-out).</summary>
    protected KernelState RequireSingle(KernelState k) =>
        k.IsBranched ? throw new ArchitectureException(this, OpenBranches(k.Branches.Length)) : k;

    /// <summary>Throws unless <paramref name="k"/> is a single signal (no open fan-out).</summary>
    protected NumericKernelState RequireSingle(NumericKernelState k) =>
        k.IsBranched ? throw new ArchitectureException(this, OpenBranches(k.Branches.Length)) : k;

    /// <summary>Throws unless <paramref name="k"/> is a single signal (no open fan-out).</summary>
    protected ImageKernelBatch RequireSingle(ImageKernelBatch k) =>
        k.IsBranched ? throw new ArchitectureException(this, OpenBranches(k.Branches.Length)) : k;

    /// <summary>Throws unless <paramref name="k"/> is a single signal (no open fan-out).</summary>
    protected ImageKernelState RequireSingle(ImageKernelState k) =>
        k.IsBranched ? throw new ArchitectureException(this, OpenBranches(k.Pixels[0].Branches.Length)) : k;

    private ArchitectureException NoImageKernel() =>
        new(this, $"{Spec} has no per-pixel (image) kernel; image architectures use conv, dense, activations, heads (eq, gap, flatten) and the combinators");

    private string OpenBranches(int count) =>
        $"{Spec} takes one signal, but {count} parallel branches are open; close them with faninsum first";
}
