using Symbolic.Core.Expressions;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;

namespace Symbolic.Kernels.Specs;

internal sealed partial class ArchitectureBinder
{
    /// <summary>Largest filter size accepted.</summary>
    private const int MaxFilter = 99;

    private Conv? BindConv(CallNode call)
    {
        if (Named(call, "q", "w", "b", "trained") is not { } args) return null;
        int? q = args.TryGetValue("q", out var qn) ? Filter("q", qn) : 3;
        var w = args.TryGetValue("w", out var wn) ? Real("w", wn, RangeKind.Positive) : Number.One;
        var b = args.TryGetValue("b", out var bn) ? Real("b", bn, RangeKind.NonNegative) : Number.Zero;
        bool? trained = args.TryGetValue("trained", out var tn) ? Boolean("trained", tn) : true;
        return q is null || w is null || b is null || trained is null ? null : new Conv(q.Value, w, b, trained.Value);
    }

    private EqHead? BindEq(CallNode call)
    {
        if (Named(call, "pixel") is not { } args) return null;
        int? pixel = args.TryGetValue("pixel", out var pn) ? Integer("pixel", pn, 0, MaxCount) : 0;
        return pixel is null ? null : new EqHead(pixel.Value);
    }

    private ResCnn? BindResCnn(CallNode call)
    {
        if (Named(call, "blocks", "alpha", "q", "q0", "qv", "head", "train", "skip") is not { } args) return null;
        int? blocks = args.TryGetValue("blocks", out var l) ? Integer("blocks", l, 1, MaxCount) : 1;
        var alpha = args.TryGetValue("alpha", out var a) ? Real("alpha", a, RangeKind.Positive) : Number.One;
        bool? skip = args.TryGetValue("skip", out var s) ? Boolean("skip", s) : true;
        if (skip == false && a is not null) return Error<ResCnn>(a, "alpha scales the residual branch, so it has no effect with skip=false; drop it");
        var (q, q0, head, train) = Common(args);
        var qv = args.TryGetValue("qv", out var vn) ? Filter("qv", vn) : 1;
        return blocks is null || alpha is null || skip is null || q is null || q0 is null || qv is null || head is null || train is null
            ? null
            : new ResCnn(blocks.Value, alpha, q.Value, q0.Value, qv.Value, head.Value, train.Value, skip.Value);
    }

    private Cnn? BindCnn(CallNode call)
    {
        if (Named(call, "layers", "q", "q0", "head", "train") is not { } args) return null;
        int? layers = args.TryGetValue("layers", out var l) ? Integer("layers", l, 1, MaxCount) : 1;
        var (q, q0, head, train) = Common(args);
        return layers is null || q is null || q0 is null || head is null || train is null
            ? null
            : new Cnn(layers.Value, q.Value, q0.Value, head.Value, train.Value);
    }

    /// <summary>The parameters rescnn and cnn share: q (default 3), q0 (default 1), head (eq), train (all).</summary>
    private (int? Q, int? Q0, ConvHead? Head, bool? TrainAll) Common(Dictionary<string, SpecNode> args)
    {
        int? q = args.TryGetValue("q", out var qn) ? Filter("q", qn) : 3;
        int? q0 = args.TryGetValue("q0", out var q0n) ? Filter("q0", q0n) : 1;
        ConvHead? head = args.TryGetValue("head", out var hn) ? Choice(hn, "head", ["eq", "gap", "vec"]) switch
        {
            "eq" => ConvHead.Eq, "gap" => ConvHead.Gap, "vec" => ConvHead.Vec, _ => null,
        } : ConvHead.Eq;
        bool? train = args.TryGetValue("train", out var tn) ? Choice(tn, "train", ["all", "blocks"]) switch
        {
            "all" => true, "blocks" => false, _ => null,
        } : true;
        return (q, q0, head, train);
    }

    /// <summary>An odd filter size in [1, <see cref="MaxFilter"/>].</summary>
    private int? Filter(string name, SpecNode node)
    {
        int? q = Integer(name, node, 1, MaxFilter);
        if (q is int value && value % 2 == 0) return ErrorValue<int>(node, $"{name} must be an odd filter size (circular padding keeps the pixel centred), got {value}");
        return q;
    }

    /// <summary>One of the given bare words, or null after reporting an error.</summary>
    private string? Choice(SpecNode node, string name, string[] choices) =>
        node is CallNode { HasParentheses: false } c && choices.Contains(c.Name)
            ? c.Name
            : Error<string>(node, $"{name} must be one of {string.Join(", ", choices)}, got '{Source(node)}'");
}
