using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Traversal;

/// <summary>Rebuilds a node of the same shape over new children, through the canonical constructors.</summary>
public static class Rebuild
{
    /// <summary>
    /// The node <paramref name="e"/> with <see cref="Expr.Children"/> replaced by <paramref name="children"/>
    /// (same count and meaning: sum bodies keep their coefficients, product factors their coefficient).
    /// Returns <paramref name="e"/> itself when every child is unchanged.
    /// </summary>
    public static Expr With(Expr e, ReadOnlySpan<Expr> children)
    {
        if (children.Length != e.Children.Length)
            throw new ArgumentException($"{e.Kind} has {e.Children.Length} children, got {children.Length}.", nameof(children));
        bool same = true;
        for (int i = 0; i < children.Length && same; i++) same = ReferenceEquals(children[i], e.Children[i]);
        if (same) return e;
        switch (e)
        {
            case Sum s:
                var sum = Algebra.TermCollector.Rent();   // Add(c₀, c₁·child₁, …) without building each cᵢ·childᵢ
                sum.AddConstant(s.Constant);
                for (int i = 0; i < children.Length; i++) sum.AddScaled(s.Terms[i].Coefficient, children[i]);
                return sum.ToExpr();
            case Product p:
                return Algebra.Algebra.Multiply([Number.Of(p.Coefficient), .. children]);
            case Power:
                return Algebra.Algebra.Pow(children[0], children[1]);
            case Call c:
                return Fn.Call(c.Function, children);
            default:
                throw new System.Diagnostics.UnreachableException($"Leaf {e.Kind} has no children to replace.");
        }
    }
}
