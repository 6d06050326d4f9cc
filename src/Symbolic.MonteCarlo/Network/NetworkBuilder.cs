using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Kernels;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Kernels.Images;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// Interprets a <see cref="Layer"/> value at finite width (STYLE §3.8): the same records the kernel layer transfers
/// become nodes of a finite network. Presets expand, Repeat unrolls with fresh weights per repetition, a residual block
/// is x + α·f(x) (FanOut(2) → Parallel(Serial(f, Scale(α)), Identity) → FanInSum, as on the analytic side), a fan-out
/// is a node with several consumers, and a concatenation puts its inputs' units side by side (its width is their sum). Every dense layer has output width m except the readout (see <see cref="Build"/>).
/// </summary>
internal sealed partial class NetworkBuilder(int width, int inputDimension, ImageShape? grid = null)
{
    private readonly List<NetworkNode> _nodes = [new InputNode(inputDimension * (grid?.Pixels ?? 1)) { Grid = grid }];
    private int _denseLayers;

    /// <summary>The nodes and the index of the readout; null with <paramref name="error"/> when the layers cannot be sampled.</summary>
    /// <remarks>The readout has width 1: when the architecture ends in a dense layer, that layer is the readout; otherwise a
    /// fixed readout f = uᵀy/√m (u ~ N(0, I)) is appended, whose kernel map is the identity (Σ′ = Σ, Θ′ = Θ), so the
    /// analytic kernels are unchanged.</remarks>
    public (List<NetworkNode> Nodes, bool AppendedReadout)? Build(Layer architecture, out string? error)
    {
        error = null;
        var end = Apply(architecture, [0], branched: false, ref error);
        if (end is null) return null;
        if (end.Value.Branched)
        {
            error = $"{architecture.Spec} ends with {end.Value.Signals.Length} parallel branches open; close them with faninsum";
            return null;
        }
        int output = end.Value.Signals[0];
        if (_nodes[output].Grid is not null)
        {
            error = $"{architecture.Spec} ends on an image; put a head (eq, gap or flatten) before the readout";
            return null;
        }
        bool consumed = _nodes.Any(n => n.Inputs.Contains(output));
        if (_nodes[output] is DenseNode last && !consumed)
        {
            last.Width = 1;
            return (_nodes, false);
        }
        Add(new DenseNode(_nodes.Count, 1, output, 1, 0, trained: false, _denseLayers++) { IsRandom = true, IsTrainable = _nodes[output].IsTrainable });
        return (_nodes, true);
    }

    private (int[] Signals, bool Branched)? Apply(Layer layer, int[] signals, bool branched, ref string? error)
    {
        switch (layer)
        {
            case Preset preset:
                return Apply(preset.Expand(), signals, branched, ref error);
            case Serial serial:
                var state = (Signals: signals, Branched: branched);
                foreach (var inner in serial.Layers)
                {
                    if (Apply(inner, state.Signals, state.Branched, ref error) is not { } next) return null;
                    state = next;
                }
                return state;
            case Repeat repeat:
                var current = (Signals: signals, Branched: branched);
                for (int i = 0; i < repeat.Count; i++)
                {
                    if (Apply(repeat.Layer, current.Signals, current.Branched, ref error) is not { } next) return null;
                    current = next;
                }
                return current;
            case Identity:
                return (signals, branched);
            case FanOut fanOut:
                return Single(layer, branched, ref error) ? ([.. Enumerable.Repeat(signals[0], fanOut.Count)], true) : null;
            case Parallel parallel:
                return ApplyParallel(parallel, signals, branched, ref error);
            case FanInSum:
                if (!branched) return Fail("faninsum needs open branches; put a fanout before it", ref error);
                return Sum(layer, signals, ref error) is int sum ? ([sum], false) : null;
            case FanInConcat:
                if (!branched) return Fail("faninconcat needs open branches; put a fanout before it", ref error);
                return Concat(layer, signals, ref error) is int concat ? ([concat], false) : null;
            case Residual residual:
                return ApplyResidual(residual, signals, branched, ref error);
        }
        if (!Single(layer, branched, ref error)) return null;
        var input = _nodes[signals[0]];
        if (TryApplyImage(layer, input, ref error, out var image)) return image;
        switch (layer)
        {
            case Dense dense:
                return Single(Add(new DenseNode(_nodes.Count, width, input.Id, Value(dense.WeightVariance), Value(dense.BiasVariance),
                    dense.Trained, _denseLayers++) { IsRandom = true, IsTrainable = dense.Trained || input.IsTrainable, IsGaussian = true }));
            case Nonlinearity nonlinearity:
                if (!input.IsRandom)
                    return Fail($"{layer.Spec} acts on the raw input, whose kernel is not Gaussian; the Monte Carlo " +
                                       "sampler needs a dense layer before the first nonlinearity", ref error);
                if (input is ConcatNode && !input.IsGaussian)
                    return Fail($"{layer.Spec} acts on a concatenation with a part that is not Gaussian (an activation's output); " +
                                "the analytic duals assume Gaussian pre-activations, so concatenate dense outputs before an activation", ref error);
                var function = PointwiseFunction.TryCreate(nonlinearity.Activation, out var reason);
                if (function is null) return Fail(reason!, ref error);
                return Single(Add(new ActivationNode(_nodes.Count, input.Width, input.Id, function)
                    { IsRandom = true, IsTrainable = input.IsTrainable, IsGaussian = nonlinearity.Activation.IsLinear, Grid = input.Grid }));
            case Scale scale:
                return Single(Add(new ScaleNode(_nodes.Count, input.Width, input.Id, Value(scale.Factor))
                    { IsRandom = input.IsRandom, IsTrainable = input.IsTrainable, IsGaussian = input.IsGaussian, Grid = input.Grid }));
            default:
                return Fail($"layer {layer.Spec} is not supported by the Monte Carlo sampler", ref error);
        }
    }

    private (int[] Signals, bool Branched)? ApplyParallel(Parallel parallel, int[] signals, bool branched, ref string? error)
    {
        if (!branched || signals.Length != parallel.Layers.Length)
            return Fail($"{parallel.Spec} needs {parallel.Layers.Length} open branches, got {(branched ? signals.Length : 0)}", ref error);
        var results = new int[signals.Length];
        for (int i = 0; i < signals.Length; i++)
        {
            var result = Apply(parallel.Layers[i], [signals[i]], branched: false, ref error);
            if (result is null) return null;
            if (result.Value.Branched) return Fail($"a branch of {parallel.Spec} leaves its own fan-out open", ref error);
            results[i] = result.Value.Signals[0];
        }
        return (results, true);
    }

    private (int[] Signals, bool Branched)? ApplyResidual(Residual residual, int[] signals, bool branched, ref string? error)
    {
        if (!Single(residual, branched, ref error)) return null;
        var f = Apply(residual.Branch, signals, branched: false, ref error);
        if (f is null) return null;
        if (f.Value.Branched) return Fail($"the branch of {residual.Spec} leaves a fan-out open", ref error);
        var branch = _nodes[f.Value.Signals[0]];
        var scaled = Add(new ScaleNode(_nodes.Count, branch.Width, branch.Id, Value(residual.Alpha))
            { IsRandom = branch.IsRandom, IsTrainable = branch.IsTrainable, IsGaussian = branch.IsGaussian, Grid = branch.Grid });
        return Sum(residual, [scaled.Id, signals[0]], ref error) is int sum ? ([sum], false) : null;
    }

    private int? Sum(Layer layer, int[] signals, ref string? error)
    {
        var inputs = signals.Select(s => _nodes[s]).ToList();
        if (inputs.Select(n => (n.Width, n.Grid)).Distinct().Count() > 1)
        {
            Fail($"{layer.Spec} adds signals of widths {string.Join(" and ", inputs.Select(n => n.Width).Distinct())}; " +
                        "at finite width every summed branch must end in a dense layer (width m) or all start after one", ref error);
            return null;
        }
        return Add(new SumNode(_nodes.Count, inputs[0].Width, signals)
            { IsRandom = inputs.Any(n => n.IsRandom), IsTrainable = inputs.Any(n => n.IsTrainable), IsGaussian = inputs.All(n => n.IsGaussian), Grid = inputs[0].Grid }).Id;
    }

    /// <summary>[h₁; …; hₙ] of width Σ wᵢ. The analytic side counts the raw input as one width unit, which a finite
    /// network (input width d, hidden width m) cannot realise, so the raw input may not be concatenated.</summary>
    private int? Concat(Layer layer, int[] signals, ref string? error)
    {
        var inputs = signals.Select(s => _nodes[s]).ToList();
        if (inputs.Any(n => !n.IsRandom))
        {
            Fail($"{layer.Spec} concatenates the raw input (width d) with hidden signals (width m); the analytic kernels " +
                 "count every part as one width unit, so put a dense layer before the fan-out", ref error);
            return null;
        }
        return Add(new ConcatNode(_nodes.Count, inputs.Sum(n => n.Width), signals)
            { IsRandom = true, IsTrainable = inputs.Any(n => n.IsTrainable), IsGaussian = inputs.All(n => n.IsGaussian) }).Id;
    }

    private NetworkNode Add(NetworkNode node)
    {
        _nodes.Add(node);
        return node;
    }

    private static (int[] Signals, bool Branched) Single(NetworkNode node) => ([node.Id], false);

    private static bool Single(Layer layer, bool branched, ref string? error)
    {
        if (branched) Fail($"{layer.Spec} takes one signal, but parallel branches are open; close them with faninsum first", ref error);
        return !branched;
    }

    private static (int[] Signals, bool Branched)? Fail(string message, ref string? error)
    {
        error ??= message;
        return null;
    }

    private static double Value(Expr e) => e switch
    {
        Number n => n.Value.ToDouble(),
        Float f => f.Value,
        _ => Evaluator.Evaluate(e, new Dictionary<Symbol, double>()),
    };
}
