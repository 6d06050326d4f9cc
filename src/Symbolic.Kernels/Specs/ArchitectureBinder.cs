using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Parallel = Symbolic.Kernels.Layers.Parallel;

namespace Symbolic.Kernels.Specs;

/// <summary>
/// Binds the syntax tree to layers, checking every parameter against its range (messages name the value and the range).
/// Records the text span of every layer it builds, so later structural errors can point at the text.
/// </summary>
internal sealed partial class ArchitectureBinder(string text, List<SpecError> errors, ExpressionBinder? expressions)
{
    /// <summary>Largest depth or repetition count accepted.</summary>
    public const int MaxCount = 10_000;

    private static readonly Rational s_zero = Rational.Zero;

    /// <summary>The span of each layer built, by reference.</summary>
    public Dictionary<Layer, (int Start, int End)> Spans { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The layer a node denotes, or null after reporting an error.</summary>
    public Layer? BindLayer(SpecNode node)
    {
        var layer = node switch
        {
            RepeatNode r => BindRepeat(r),
            CallNode c => BindCall(c),
            _ => Error<Layer>(node, $"expected a layer, got '{Source(node)}'"),
        };
        if (layer is not null) Spans.TryAdd(layer, (node.Start, node.End));
        return layer;
    }

    private Layer? BindRepeat(RepeatNode node)
    {
        var layer = BindLayer(node.Layer);
        var count = Integer("repetition count", node.Count, 1, MaxCount);
        return layer is null || count is null ? null : new Repeat(layer, count.Value);
    }

    private Layer? BindCall(CallNode call)
    {
        switch (call.Name)
        {
            case "fc": return BindFullyConnected(call);
            case "resnet": return BindResNet(call);
            case "mlp": return Depth(call) is int mlp ? new Mlp(mlp) : null;
            case "densenet": return Depth(call) is int dense ? new DenseNet(dense) : null;
            case "serial": return Positional(call, 1) is { } serial ? new Serial(serial) : null;
            case "parallel": return Positional(call, 1) is { } parallel ? new Parallel(parallel) : null;
            case "residual": return BindResidual(call);
            case "dense": return BindDense(call);
            case "identity": return NoArguments(call) ? Identity.Instance : null;
            case "faninsum": return NoArguments(call) ? FanInSum.Instance : null;
            case "faninconcat": return NoArguments(call) ? FanInConcat.Instance : null;
            case "fanout": return BindFanOut(call);
            case "scale": return BindScale(call);
            case "conv": return BindConv(call);
            case "eq": return BindEq(call);
            case "gap": return NoArguments(call) ? GlobalAveragePooling.Instance : null;
            case "flatten": return NoArguments(call) ? Flatten.Instance : null;
            case "rescnn": return BindResCnn(call);
            case "cnn": return BindCnn(call);
        }
        if (ActivationNames.Contains(call.Name)) return BindActivation(call) is { } phi ? new Nonlinearity(phi) : null;
        return Error<Layer>(call.NameStart, call.Name.Length,
            $"unknown layer '{SpecText.Shorten(call.Name)}'; layers: {string.Join(", ", LayerNames)}; activations: {string.Join(", ", ActivationSignatures)}");
    }

    private FullyConnected? BindFullyConnected(CallNode call)
    {
        if (Named(call, "layers", "act", "bias") is not { } args) return null;
        int? layers = args.TryGetValue("layers", out var l) ? Integer("layers", l, 1, MaxCount) : 2;
        var act = args.TryGetValue("act", out var a) ? BindActivationValue(a) : Relu.Instance;
        var bias = args.TryGetValue("bias", out var b) ? Real("bias", b, RangeKind.NonNegative) : Number.Zero;
        return layers is null || act is null || bias is null ? null : new FullyConnected(layers.Value, act, bias);
    }

    private ResNet? BindResNet(CallNode call)
    {
        if (Named(call, "blocks", "alpha", "gamma", "train") is not { } args) return null;
        int? blocks = args.TryGetValue("blocks", out var l) ? Integer("blocks", l, 1, MaxCount) : 1;
        var a = args.GetValueOrDefault("alpha");
        var g = args.GetValueOrDefault("gamma");
        ResNetTraining? train = args.TryGetValue("train", out var tn) ? Training(tn) : ResNetTraining.Blocks;
        if (a is not null && g is not null) return Error<ResNet>(g, "give alpha or gamma (α = blocks^−γ), not both");
        if (blocks is null || train is null) return null;
        if (g is not null) return Real("gamma", g, RangeKind.NonNegative) is { } gamma ? ResNet.WithGamma(blocks.Value, gamma, train.Value) : null;
        var alpha = a is null ? Number.One : Real("alpha", a, RangeKind.Positive);
        return alpha is null ? null : new ResNet(blocks.Value, alpha, null, train.Value);
    }

    private ResNetTraining? Training(SpecNode node) => node is CallNode { Name: "all" or "blocks", HasParentheses: false } c
        ? c.Name == "all" ? ResNetTraining.All : ResNetTraining.Blocks
        : ErrorValue<ResNetTraining>(node, $"train must be blocks (Huang/Belfer: W, V only) or all (every layer), got '{Source(node)}'");

    /// <summary>The one parameter <c>layers</c> of the mlp and densenet presets (default 1).</summary>
    private int? Depth(CallNode call)
    {
        if (Named(call, "layers") is not { } args) return null;
        return args.TryGetValue("layers", out var l) ? Integer("layers", l, 1, MaxCount) : 1;
    }

    private Residual? BindResidual(CallNode call)
    {
        if (Arguments(call, 1, 1, "alpha") is not var (positional, named)) return null;
        var branch = BindLayer(positional[0]);
        var alpha = named.TryGetValue("alpha", out var a) ? Real("alpha", a, RangeKind.Positive) : Number.One;
        return branch is null || alpha is null ? null : new Residual(branch, alpha);
    }

    private Dense? BindDense(CallNode call)
    {
        if (Named(call, "w", "b", "trained") is not { } args) return null;
        var w = args.TryGetValue("w", out var wn) ? Real("w", wn, RangeKind.Positive) : Number.One;
        var b = args.TryGetValue("b", out var bn) ? Real("b", bn, RangeKind.NonNegative) : Number.Zero;
        bool? trained = args.TryGetValue("trained", out var tn) ? Boolean("trained", tn) : true;
        return w is null || b is null || trained is null ? null : new Dense(w, b, trained.Value);
    }

    private FanOut? BindFanOut(CallNode call)
    {
        if (Arguments(call, 0, 1, "n") is not var (positional, named)) return null;
        var node = positional.Length == 1 ? positional[0] : named.GetValueOrDefault("n");
        if (positional.Length == 1 && named.ContainsKey("n")) return Error<FanOut>(named["n"], "give n once");
        int? n = node is null ? 2 : Integer("n", node, 1, 64);
        return n is null ? null : new FanOut(n.Value);
    }

    private Scale? BindScale(CallNode call)
    {
        if (Arguments(call, 0, 1, "c") is not var (positional, named)) return null;
        var node = positional.Length == 1 ? positional[0] : named.GetValueOrDefault("c");
        if (node is null) return Error<Scale>(call, "scale needs its factor, e.g. scale(c=0.5)");
        var c = Real("c", node, RangeKind.Any);
        return c is null ? null : new Scale(c);
    }

    private Activation? BindActivationValue(SpecNode node) => node is CallNode call
        ? BindActivation(call)
        : Error<Activation>(node, $"act must be an activation ({string.Join(", ", ActivationSignatures)}), got '{Source(node)}'");

    /// <summary>The node's text for an error message, shortened to 60 characters (a 10⁶-character token is not echoed).</summary>
    private string Source(SpecNode node) => SpecText.Shorten(text[node.Start..node.End]);

    private T? Error<T>(SpecNode node, string message) where T : class => Error<T>(node.Start, node.End - node.Start, message);

    private T? Error<T>(int start, int length, string message) where T : class
    {
        errors.Add(new SpecError(start, Math.Max(length, 1), message));
        return null;
    }
}
