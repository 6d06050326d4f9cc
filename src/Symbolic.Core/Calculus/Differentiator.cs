using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Calculus;

/// <summary>
/// ∂/∂x over the expression DAG. Each shared subterm is differentiated once (memoized, iterative post-order),
/// so the cost is O(unique nodes) even for deep kernel recursions. Chain-rule partials come from the
/// function descriptors; derivatives of sign, step, abs and max/min hold almost everywhere.
/// </summary>
public sealed class Differentiator(Symbol variable)
{
    private readonly Dictionary<Expr, Expr> _memo = new(ExprReferenceComparer.Instance);

    /// <summary>The variable differentiated against.</summary>
    public Symbol Variable => variable;

    /// <summary>∂e/∂x in canonical form.</summary>
    public Expr Derive(Expr e)
    {
        foreach (var node in Traversal.DagWalk.PostOrder(e))
        {
            if (_memo.ContainsKey(node)) continue;
            _memo[node] = !node.DependsOn(variable) ? Number.Zero : node switch
            {
                Symbol => Number.One,   // only the variable itself depends on it
                Sum s => Add([.. s.Terms.Select(t => Scale(t.Coefficient, D(t.Body)))]),
                Product p => ProductRule(p),
                Power(var b, var n) when !n.DependsOn(variable) => Multiply(n, b.Pow(Subtract(n, Number.One)), D(b)),
                Power(var b, var x) => Multiply(node, Add(Multiply(D(x), Fn.Log(b)), Multiply(x, D(b), b.Pow(-1)))),
                Call c => Add([.. c.Arguments.Select((g, i) => g.DependsOn(variable) ? Multiply(c.Info.Partial(i, c.Arguments), D(g)) : Number.Zero)]),
                _ => throw new System.Diagnostics.UnreachableException($"No derivative rule for {node.Kind}."),
            };
        }
        return _memo[e];
    }

    private Expr D(Expr e) => _memo[e];

    private Expr ProductRule(Product p)
    {
        var f = p.Factors;
        var terms = new List<Expr>(f.Length);
        for (int i = 0; i < f.Length; i++)
        {
            if (!f[i].DependsOn(variable)) continue;
            var parts = new Expr[f.Length + 1];
            parts[0] = Number.Of(p.Coefficient);
            for (int j = 0; j < f.Length; j++) parts[j + 1] = j == i ? D(f[i]) : f[j];
            terms.Add(Multiply(parts));
        }
        return Add([.. terms]);
    }
}
