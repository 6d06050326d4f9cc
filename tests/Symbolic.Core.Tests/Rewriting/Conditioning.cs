using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Tests.Rewriting;

/// <summary>
/// Whether a double evaluation is meaningful enough to compare against an exactly simplified form. Exact rules
/// replace sin π by 0 and cos(asin(−1)) by 0, while doubles give 1.2·10⁻¹⁶ and 6·10⁻¹⁷; a later log or division
/// then turns that rounding residue into a finite value where the exact one is ±∞. Points where any subexpression
/// evaluates to such a residue (0 &lt; |v| &lt; 10⁻¹⁰) or blows up (|v| &gt; 10¹⁰) are not compared. Sample points are
/// multiples of 10⁻³ in (−0.95, 0.95), so genuine values that small or large only arise from such cancellation.
/// </summary>
internal static class Conditioning
{
    public static bool IsWellConditioned(Expr e, IReadOnlyDictionary<Symbol, double> bindings)
    {
        foreach (var node in DagWalk.PostOrder(e))
        {
            if (node.Children.Length == 0) continue;
            double v = Math.Abs(Evaluator.Evaluate(node, bindings));
            if (v is > 0 and < 1e-10 || v is > 1e10 and < double.PositiveInfinity) return false;
        }
        return true;
    }
}
