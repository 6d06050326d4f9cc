namespace Symbolic.Core.Expressions;

/// <summary>A named transcendental constant: π or e.</summary>
public sealed class Constant : Expr
{
    private Constant(ConstantId id) : base(ExprKind.Constant, HashCode.Combine(ExprKind.Constant, id), [], payloadFingerprint: (ulong)id + 1) => Id = id;

    /// <summary>π.</summary>
    public static Constant Pi { get; } = new(ConstantId.Pi);

    /// <summary>e.</summary>
    public static Constant E { get; } = new(ConstantId.E);

    /// <summary>Which constant.</summary>
    public ConstantId Id { get; }

    /// <summary>The plain-text name: "pi" or "e".</summary>
    public string Name => Id == ConstantId.Pi ? "pi" : "e";

    /// <summary>The double value.</summary>
    public double Value => Id == ConstantId.Pi ? Math.PI : Math.E;

    /// <summary>The unique node for <paramref name="id"/>.</summary>
    public static Constant Of(ConstantId id) => id == ConstantId.Pi ? Pi : E;
}
