using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels;

/// <summary>Double values of the constant expressions that parameterise layers (σ_w², σ_b², α).</summary>
internal static class Values
{
    private static readonly Dictionary<Symbol, double> s_none = [];

    /// <summary>The value of a constant expression (NaN when it has free symbols or is undefined).</summary>
    public static double Of(Expr e) => e switch
    {
        Number n => n.Value.ToDouble(),
        Float f => f.Value,
        _ when !e.IsConstant => double.NaN,
        _ => Evaluator.Evaluate(e, s_none),
    };
}
