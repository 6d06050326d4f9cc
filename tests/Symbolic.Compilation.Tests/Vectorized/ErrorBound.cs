using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;

namespace Symbolic.Compilation.Tests.Vectorized;

/// <summary>
/// A first-order bound on |vectorised − interpreted| for an expression of one variable at one point. Every approximated
/// operation (acos, asin, atan, exp, log, sin, cos, half-integer powers) may be off by <see cref="ApproximationUlps"/>
/// ulp, and every operation downstream of such an error may round differently (≈ one ulp per rounding). Each of these
/// local errors δₖ reaches the root through the signed derivative ∂root/∂nodeₖ (reverse-mode adjoints over the DAG,
/// so cancelling paths cancel — for the NTK the acos and √ branches of κ₁ nearly do), giving Σₖ |∂root/∂nodeₖ|·δₖ:
/// a tolerance that scales with the expression's own conditioning. Where the linear picture fails — the error reaching
/// an argument of acos/asin, √, log, a negative or fractional power, a step, |x| or max/min is not small against its
/// distance to the edge or kink — the bound is +∞: no claim is made there.
/// </summary>
internal static class ErrorBound
{
    /// <summary>The accuracy each vector approximation is tested to.</summary>
    public const double ApproximationUlps = 4;

    private static readonly Symbol s_u = Symbol.Of("u__bound");
    private static readonly Dictionary<Symbol, double> s_noBindings = [];

    /// <summary>Whether <paramref name="fast"/> is within twice the bound of <paramref name="exact"/> (equal
    /// values, both NaN, or no claim also pass; a zero bound demands bitwise equality).</summary>
    public static bool Accepts(double fast, double exact, double bound) =>
        fast.Equals(exact) || !double.IsFinite(bound) || Math.Abs(fast - exact) <= 2 * bound;

    /// <summary>The bound at <paramref name="variable"/> = <paramref name="at"/> (+∞: no claim).</summary>
    public static double At(Expr e, Symbol variable, double at)
    {
        var order = DagWalk.PostOrder(e);
        var index = new Dictionary<Expr, int>(ReferenceEqualityComparer.Instance);
        int n = order.Count;
        var value = new double[n];
        var children = new int[n][];
        var slopes = new double[n][];        // ∂node/∂childᵢ, signed, at the interpreted values
        var local = new double[n];           // δ: this node's own error
        var perturbed = new bool[n];         // some δ > 0 at or below
        for (int k = 0; k < n; k++)
        {
            var node = order[k];
            index[node] = k;
            children[k] = [.. node.Children.Select(c => index.TryGetValue(c, out int i) ? i : -1)];
            slopes[k] = [];
            if (node.IsConstant) { value[k] = Evaluator.Evaluate(node, s_noBindings); continue; }
            if (node is Symbol) { value[k] = at; continue; }
            var args = children[k].Select(i => value[i]).ToArray();
            value[k] = ValueOf(node, args);
            slopes[k] = Slopes(node, args, value[k]);
            bool below = children[k].Any(i => perturbed[i]);
            local[k] = (Approximated(node) ? ApproximationUlps * Ulps.Of(value[k]) : 0) + (below ? ReRounding(node, args) : 0);
            perturbed[k] = below || local[k] > 0;
        }

        var adjoint = new double[n];
        for (int k = 0; k < n; k++)
        {
            if (!perturbed[k] || order[k].IsConstant || order[k] is Symbol) continue;
            if (!Linear(order[k], children[k], value, i => Magnitude(i, order, children, slopes, local, perturbed, adjoint)))
                return double.PositiveInfinity;
        }
        return Magnitude(n - 1, order, children, slopes, local, perturbed, adjoint);
    }

    // Σⱼ |∂node_top/∂nodeⱼ|·δⱼ over the sub-DAG below `top`, by one reverse sweep over indices top … 0.
    private static double Magnitude(int top, List<Expr> order, int[][] children, double[][] slopes, double[] local, bool[] perturbed, double[] adjoint)
    {
        if (!perturbed[top]) return 0;
        Array.Clear(adjoint, 0, top + 1);
        adjoint[top] = 1;
        double total = 0;
        for (int k = top; k >= 0; k--)
        {
            if (adjoint[k] == 0 || !perturbed[k]) continue;
            total += Math.Abs(adjoint[k]) * local[k];
            for (int c = 0; c < children[k].Length; c++)
                if (perturbed[children[k][c]]) adjoint[children[k][c]] += adjoint[k] * slopes[k][c];
        }
        return total;
    }

    // Whether the errors reaching this node's arguments are small against the distance to its edge or kink.
    private static bool Linear(Expr node, int[] children, double[] value, Func<int, double> magnitude)
    {
        double Distance(int child) => magnitude(children[child]);
        double a = value[children[0]];
        return node switch
        {
            Call { Function: FunctionId.Acos or FunctionId.Asin } => Distance(0) < 0.01 * (1 - Math.Abs(a)),
            Call { Function: FunctionId.Log } => Distance(0) < 0.01 * a,
            Call { Function: FunctionId.Sign or FunctionId.Heaviside or FunctionId.Abs } => Distance(0) < Math.Abs(a),
            Call { Function: FunctionId.Max or FunctionId.Min } => Distance(0) + Distance(1) < Math.Abs(a - value[children[1]]),
            Power { Exponent: Number { Value: { IsInteger: true, Sign: > 0 } } } => true,
            Power => Distance(0) < 0.01 * Math.Abs(a),
            _ => true,
        };
    }

    private static double ValueOf(Expr node, double[] a) => node switch
    {
        Sum s => s.Terms.Select((t, i) => t.Coefficient.ToDouble() * a[i]).Aggregate(s.Constant.ToDouble(), (x, y) => x + y),
        Product p => a.Aggregate(p.Coefficient.ToDouble(), (x, y) => x * y),
        Power p => Evaluator.PowerOf(a[0], a[1], p.Exponent),
        Call c => c.Info.Evaluate(a),
        _ => throw new InvalidOperationException(node.Kind.ToString()),
    };

    private static double[] Slopes(Expr node, double[] a, double v) => node switch
    {
        Sum s => [.. s.Terms.Select(t => t.Coefficient.ToDouble())],
        Product p => [.. a.Select((_, i) => a.Where((_, j) => j != i).Aggregate(p.Coefficient.ToDouble(), (x, y) => x * y))],
        Power => [a[1] * Math.Pow(a[0], a[1] - 1), Math.Log(Math.Abs(a[0])) * v],
        Call { Function: FunctionId.Max } => [a[0] >= a[1] ? 1 : 0, a[0] >= a[1] ? 0 : 1],
        Call { Function: FunctionId.Min } => [a[0] <= a[1] ? 1 : 0, a[0] <= a[1] ? 0 : 1],
        Call c => [Evaluator.Evaluate(c.Info.Partial(0, [s_u]), s_u, a[0])],
        _ => throw new InvalidOperationException(node.Kind.ToString()),
    };

    // One ulp per rounding the node performs (a sum of n terms rounds 2n times), twice for a scalar function call.
    private static double ReRounding(Expr node, double[] a) => node switch
    {
        Sum s => (2 * s.Terms.Length + 1) * Ulps.Of(Math.Abs(s.Constant.ToDouble()) + s.Terms.Select((t, i) => Math.Abs(t.Coefficient.ToDouble() * a[i])).Sum()),
        Product p => (a.Length + 1) * Ulps.Of(a.Aggregate(p.Coefficient.ToDouble(), (x, y) => x * y)),
        _ => 2 * Ulps.Of(ValueOf(node, a)),
    };

    private static bool Approximated(Expr node) => node switch
    {
        Call { Function: FunctionId.Acos or FunctionId.Asin or FunctionId.Atan or FunctionId.Exp or FunctionId.Log or FunctionId.Sin or FunctionId.Cos } => true,
        Power { Exponent: Number { Value: var q } } => q != Rational.Half && q != Rational.MinusOne && (q * 2).IsInteger && (q * 2).Abs() <= 8,
        _ => false,
    };
}
