using System.Collections.Immutable;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;

namespace Symbolic.Kernels.Derivation;

/// <summary>
/// The NNGP and NTK of an architecture on the unit sphere as functions of t = ⟨x, z⟩: the per-layer recursion
/// (<see cref="Steps"/>), the closed forms as one interned DAG each (raw and normalised, with the exact diagonals), or —
/// when an activation has no closed-form dual — the statement why, and the numeric path in every case.
/// </summary>
/// <remarks>
/// The closed forms evaluate robustly and exactly at t = ±1 because composite correlations carry a clamp or snap guard
/// (<see cref="GaussianPair"/>); the step formulas are shown without guards. The DAG grows linearly in depth (the FC NTK
/// by about a dozen unique nodes per layer, a ResNet block by about thirty), and a depth-1000 derivation builds in well
/// under a second; the step formulas are built only when <see cref="Steps"/> is read.
/// </remarks>
public sealed class KernelDerivation
{
    private readonly Lazy<ImmutableArray<KernelStep>> _steps;

    private KernelDerivation(Layer architecture, Symbol variable, KernelState? final, List<(Layer Layer, KernelState Input, KernelState Output)> trace, string? reason)
    {
        (Architecture, Variable, Final, NoClosedFormReason) = (architecture, variable, final, reason);
        _steps = new(() => [.. trace.Select((s, i) => MakeStep(i + 1, s.Layer, StepInput(s.Input, i), s.Output))]);
    }

    /// <summary>The architecture derived.</summary>
    public Layer Architecture { get; }

    /// <summary>The symbol t = ⟨x, z⟩.</summary>
    public Symbol Variable { get; }

    /// <summary>The final kernel state (closed forms in t), or null without a closed form.</summary>
    public KernelState? Final { get; }

    /// <summary>The recursion, one step per top-level layer (repetitions unrolled, presets expanded); the step formulas
    /// are built on first access.</summary>
    public ImmutableArray<KernelStep> Steps => _steps.Value;

    /// <summary>Whether closed forms exist.</summary>
    public bool HasClosedForm => Final is not null;

    /// <summary>Why there is no closed form ("no closed form; numeric dual …"), or null.</summary>
    public string? NoClosedFormReason { get; }

    /// <summary>Σ(t), raw.</summary>
    public Expr? Nngp => Final?.Nngp;

    /// <summary>Θ(t), raw.</summary>
    public Expr? Ntk => Final?.Ntk;

    /// <summary>Σ(1) = Σ(x, x), exact.</summary>
    public Expr? NngpDiagonal => Final?.Var1;

    /// <summary>Θ(1) = Θ(x, x), exact.</summary>
    public Expr? NtkDiagonal => Final?.NtkVar1;

    /// <summary>Σ(t)/Σ(1).</summary>
    public Expr? NormalizedNngp => Final?.NormalizedNngp;

    /// <summary>Θ(t)/Θ(1), or null when Θ ≡ 0 (no trained layer) or there is no closed form.</summary>
    public Expr? NormalizedNtk => Final?.NormalizedNtk;

    /// <summary>Derives the kernels of <paramref name="architecture"/> in <paramref name="variable"/> (default t).</summary>
    /// <exception cref="ArchitectureException">The layers do not compose (see <see cref="Specs.ArchitectureParser"/>,
    /// which checks this for text input).</exception>
    public static KernelDerivation Derive(Layer architecture, Symbol? variable = null)
    {
        var t = variable ?? Symbol.Of("t");
        if (!architecture.HasClosedForm)
        {
            var numeric = string.Join(", ", LayerTree.Activations(architecture).Where(a => !a.HasClosedForm).Distinct().Select(a => a.Convention));
            return new(architecture, t, null, [], $"no closed form; numeric dual: {numeric}");
        }
        var trace = new List<(Layer, KernelState, KernelState)>();
        var state = KernelState.OnSphere(t);
        var current = state;
        var group = new List<Layer>();
        foreach (var layer in LayerTree.Unroll(architecture))
        {
            group.Add(layer);
            current = layer.Transfer(current);
            if (current.IsBranched) continue;   // a fan-out … fan-in group becomes one step
            trace.Add((group.Count == 1 ? group[0] : new Serial([.. group]), state, current));
            group.Clear();
            state = current;
        }
        if (group.Count > 0)
            throw new ArchitectureException(architecture, $"{architecture.Spec} ends with parallel branches open; close them with faninsum");
        return new(architecture, t, state, trace, null);
    }

    /// <summary>The closed form of <paramref name="kind"/>, raw or normalised (null when there is none).</summary>
    public Expr? Kernel(KernelKind kind, bool normalized) => (kind, normalized) switch
    {
        (KernelKind.Nngp, false) => Nngp,
        (KernelKind.Nngp, true) => NormalizedNngp,
        (KernelKind.Ntk, false) => Ntk,
        _ => NormalizedNtk,
    };

    /// <summary>The kernels at <paramref name="t"/> through the numeric layer path (always available).</summary>
    public NumericKernelValue EvaluateNumeric(double t) => NumericKernel.Evaluate(Architecture, t);

    /// <summary>The kernels at <paramref name="t"/>: the closed forms through <see cref="Evaluator"/> when they exist,
    /// else the numeric path.</summary>
    public NumericKernelValue Evaluate(double t)
    {
        if (Final is null) return EvaluateNumeric(t);
        var bindings = new Dictionary<Symbol, double> { [Variable] = t };
        var none = new Dictionary<Symbol, double>();
        return new(t, Evaluator.Evaluate(Final.Nngp, bindings), Evaluator.Evaluate(Final.Ntk, bindings),
                   Evaluator.Evaluate(Final.Var1, none), Evaluator.Evaluate(Final.NtkVar1, none), 0);
    }

    private static KernelState StepInput(KernelState previous, int index) => previous with
    {
        Nngp = previous.Nngp is Symbol or Number ? previous.Nngp : Symbol.Of($"Sigma_{index}"),
        Ntk = previous.Ntk is Symbol or Number ? previous.Ntk : Symbol.Of($"Theta_{index}"),
    };

    private static KernelStep MakeStep(int index, Layer layer, KernelState input, KernelState state)
    {
        var formulas = layer.Transfer(input);
        return new(index, layer, input.Nngp, input.Ntk, GaussianPair.WithoutGuards(formulas.Nngp), GaussianPair.WithoutGuards(formulas.Ntk),
                   state.Var1, state.NtkVar1, state);
    }
}
