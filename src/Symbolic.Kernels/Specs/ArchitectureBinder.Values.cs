using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Kernels.Activations;

namespace Symbolic.Kernels.Specs;

internal sealed partial class ArchitectureBinder
{
    /// <summary>The ranges a real parameter may be restricted to.</summary>
    private enum RangeKind { Any, Positive, NonNegative }

    /// <summary>Layer names of the grammar.</summary>
    public static readonly string[] LayerNames =
        ["fc", "resnet", "rescnn", "cnn", "serial", "residual", "dense", "conv", "eq", "gap", "flatten", "identity", "scale", "fanout", "parallel", "faninsum", "faninconcat", "mlp", "densenet"];

    /// <summary>Built-in unary functions available as numeric (quadrature) activations.</summary>
    public static readonly (string Name, FunctionId Id)[] NumericActivations =
    [
        ("tanh", FunctionId.Tanh), ("sin", FunctionId.Sin), ("cos", FunctionId.Cos), ("atan", FunctionId.Atan),
        ("exp", FunctionId.Exp), ("sinh", FunctionId.Sinh), ("cosh", FunctionId.Cosh), ("abs", FunctionId.Abs), ("sign", FunctionId.Sign),
    ];

    /// <summary>Activation names as they are written, with their parameters.</summary>
    public static readonly string[] ActivationSignatures =
        ["relu", "erf", "step", "identity", "abrelu(a, b)", "leaky(slope)", .. NumericActivations.Select(n => n.Name), "phi(\"expression in z\")"];

    private static readonly HashSet<string> ActivationNames =
        ["relu", "erf", "step", "abrelu", "leaky", "phi", .. NumericActivations.Select(n => n.Name)];

    /// <summary>The activation variable z of numeric activations.</summary>
    public static Symbol ActivationVariable { get; } = Symbol.Of("z");

    private Activation? BindActivation(CallNode call)
    {
        switch (call.Name)
        {
            case "relu": return NoArguments(call) ? Relu.Instance : null;
            case "erf": return NoArguments(call) ? Erf.Instance : null;
            case "step": return NoArguments(call) ? Step.Instance : null;
            case "identity": return NoArguments(call) ? IdentityActivation.Instance : null;
            case "abrelu":
            {
                if (Named(call, "a", "b") is not { } args) return null;
                var a = args.TryGetValue("a", out var an) ? Real("a", an, RangeKind.Any) : Number.Zero;
                var b = args.TryGetValue("b", out var bn) ? Real("b", bn, RangeKind.Any) : Number.One;
                if (a is null || b is null) return null;
                if (a is Number { Value.IsZero: true } && b is Number { Value.IsZero: true })
                    return Error<Activation>(call, "abrelu needs a² + b² > 0, got a = 0 and b = 0");
                return new AbRelu(a, b);
            }
            case "leaky":
            {
                if (Named(call, "slope") is not { } args) return null;
                var slope = args.TryGetValue("slope", out var sn) ? Real("slope", sn, RangeKind.Any) : Number.Of(1, 100);
                return slope is null ? null : new AbRelu(slope, Number.One);
            }
            case "phi": return BindPhi(call);
        }
        foreach (var (name, id) in NumericActivations)
            if (name == call.Name) return NoArguments(call) ? new NumericActivation(Fn.Call(id, ActivationVariable), ActivationVariable, name) : null;
        return Error<Activation>(call.NameStart, call.Name.Length, $"unknown activation '{SpecText.Shorten(call.Name)}'; known: {string.Join(", ", ActivationSignatures)}");
    }

    private NumericActivation? BindPhi(CallNode call)
    {
        if (Arguments(call, 1, 1) is not var (positional, _)) return null;
        if (positional[0] is not StringNode s) return Error<NumericActivation>(positional[0], $"phi takes a quoted expression in z, e.g. phi(\"z*tanh(z)\"), got '{Source(positional[0])}'");
        if (expressions is null) return Error<NumericActivation>(s, "phi(\"…\") needs an expression parser, which this caller did not supply");
        if (!expressions(s.Value, ActivationVariable, out var phi, out var error) || phi is null)
            return Error<NumericActivation>(s, $"phi: {error ?? "invalid expression"}");
        var others = Core.Traversal.DagWalk.Symbols(phi).Where(v => !ReferenceEquals(v, ActivationVariable)).ToList();
        if (others.Count > 0) return Error<NumericActivation>(s, $"phi may use only the variable z, got {string.Join(", ", others.Select(v => v.Name))}");
        return new NumericActivation(phi, ActivationVariable, $"phi(\"{s.Value}\")");
    }

    /// <summary>An integer parameter in [min, max].</summary>
    private int? Integer(string name, SpecNode node, int min, int max)
    {
        if (node is not NumberNode { Value: Number { Value: var r } })
            return node is NumberNode
                ? Fail($"{name} must be an integer ≥ {min}, got {Source(node)}")
                : Fail($"{name} must be an integer ≥ {min}, got '{Source(node)}'");
        if (!r.IsInteger || r < min) return Fail($"{name} must be an integer ≥ {min}, got {Source(node)}");
        if (r > max) return Fail($"{name} must be an integer ≤ {max}, got {Source(node)}");
        return (int)r.Numerator;

        int? Fail(string message)
        {
            errors.Add(new SpecError(node.Start, node.End - node.Start, message));
            return null;
        }
    }

    /// <summary>An exact real constant in the given range.</summary>
    private Expr? Real(string name, SpecNode node, RangeKind range)
    {
        if (node is not NumberNode number) return Error<Expr>(node, $"{name} must be a number, got '{Source(node)}'");
        double value = Values.Of(number.Value);
        if (!double.IsFinite(value)) return Error<Expr>(node, $"{name} must be a finite real number, got {Source(node)}");
        return range switch
        {
            RangeKind.Positive when value <= 0 => Error<Expr>(node, $"{name} must be a number > 0, got {Source(node)}"),
            RangeKind.NonNegative when value < 0 => Error<Expr>(node, $"{name} must be a number ≥ 0, got {Source(node)}"),
            _ => number.Value,
        };
    }

    private bool? Boolean(string name, SpecNode node) => node is CallNode { Name: "true" or "false", HasParentheses: false } c
        ? c.Name == "true"
        : ErrorValue<bool>(node, $"{name} must be true or false, got '{Source(node)}'");

    private T? ErrorValue<T>(SpecNode node, string message) where T : struct
    {
        errors.Add(new SpecError(node.Start, node.End - node.Start, message));
        return null;
    }

    private bool NoArguments(CallNode call) =>
        call.Arguments.IsDefaultOrEmpty || Error<object>(call.Arguments[0].Value, $"{call.Name} takes no arguments") is not null;

    /// <summary>Named arguments only, from the allowed set, each once.</summary>
    private Dictionary<string, SpecNode>? Named(CallNode call, params string[] allowed) =>
        Arguments(call, 0, 0, allowed) is var (_, named) ? named : null;

    /// <summary>Between min and max positional layers, then named arguments from the allowed set.</summary>
    private ImmutableArray<Layer>? Positional(CallNode call, int min)
    {
        if (Arguments(call, min, int.MaxValue) is not var (positional, _)) return null;
        var layers = positional.Select(BindLayer).ToList();
        return layers.Any(l => l is null) ? null : [.. layers!];
    }

    private (ImmutableArray<SpecNode> Positional, Dictionary<string, SpecNode> Named)? Arguments(CallNode call, int min, int max, params string[] allowed)
    {
        var arguments = call.Arguments.IsDefault ? [] : call.Arguments;
        var positional = arguments.Where(a => a.Name is null).Select(a => a.Value).ToImmutableArray();
        var named = new Dictionary<string, SpecNode>(StringComparer.Ordinal);
        bool ok = true;
        foreach (var argument in arguments.Where(a => a.Name is not null))
        {
            if (!allowed.Contains(argument.Name))
                ok = Error<object>(argument.NameStart, argument.Name!.Length, allowed.Length == 0
                    ? $"{SpecText.Shorten(call.Name)} has no parameters, got '{SpecText.Shorten(argument.Name)}'"
                    : $"{SpecText.Shorten(call.Name)} has no parameter '{SpecText.Shorten(argument.Name)}'; parameters: {string.Join(", ", allowed)}") is not null;
            else if (!named.TryAdd(argument.Name!, argument.Value))
                ok = Error<object>(argument.NameStart, argument.Name!.Length, $"parameter '{SpecText.Shorten(argument.Name)}' given twice") is not null;
        }
        if (positional.Length < min)
            ok = Error<object>(call, min == 1 && max == 1
                ? $"{call.Name} needs one {(call.Name == "phi" ? "quoted expression" : "layer")} argument, got {positional.Length}"
                : $"{call.Name} needs at least {min} layer argument(s), got {positional.Length}") is not null;
        else if (positional.Length > max)
            ok = Error<object>(positional[max], max == 0
                ? $"{call.Name} takes only named parameters ({string.Join(", ", allowed)}), got '{Source(positional[max])}'"
                : $"{call.Name} takes at most {max} positional argument(s)") is not null;
        return ok ? (positional, named) : null;
    }
}
