using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Tests.Traversal;

public sealed class DagTests
{
    private static readonly Symbol T = Symbol.Of("t");
    private static readonly Expr Pi = Constant.Pi;

    /// <summary>Θ_L of the FC ReLU NTK by the recursion of fc-resnet.md §1.3 (Bietti–Bach count).</summary>
    internal static (Expr Nngp, Expr Ntk) FcNtk(int layers)
    {
        Expr sigma = T, theta = T;
        for (int l = 2; l <= layers; l++)
        {
            var acos = Fn.Acos(sigma);
            var k0 = 1 - acos / Pi;
            var k1 = (sigma * (Pi - acos) + Fn.Sqrt(1 - sigma.Pow(2))) / Pi;
            theta = theta * k0 + k1;
            sigma = k1;
        }
        return (sigma, theta);
    }

    [Fact]
    public void Depth_50_fc_ntk_has_well_under_1000_unique_nodes()
    {
        Assert.True(FcNtk(50).Ntk.DagSize < 1000, $"{FcNtk(50).Ntk.DagSize} nodes");
    }

    [Fact]
    public void Depth_1000_fc_ntk_builds_and_evaluates_without_recursion_limits()
    {
        var (_, theta) = FcNtk(1000);
        Assert.True(theta.Depth > 1000);
        double value = Evaluator.Evaluate(theta, T, 0.5) / 1000;
        Assert.InRange(value, 0.2530, 0.2546);   // Θ_L/L → ¼, 0.25381 at L = 10³ (§4.3)
    }

    [Fact]
    public void Fc_ntk_matches_the_reference_table()
    {
        // fc-resnet.md §9.2, L = 3.
        var (sigma, theta) = FcNtk(3);
        Assert.Equal(1.0346012996128433100, Evaluator.Evaluate(theta, T, 0.3), 14);
        Assert.Equal(0.59754848518046899900, Evaluator.Evaluate(sigma, T, 0.3), 14);
        Assert.Equal(0.31830988618379067154, Evaluator.Evaluate(theta, T, -1), 14);
    }

    [Fact]
    public void Post_order_visits_children_first_and_each_node_once()
    {
        var e = Fn.Sin(T) * Fn.Sin(T).Pow(2) + T;
        var order = DagWalk.PostOrder(e);
        Assert.Equal(order.Count, order.Distinct().Count());
        var seen = new HashSet<Expr>();
        foreach (var node in order)
        {
            Assert.All(node.Children, c => Assert.Contains(c, seen));
            seen.Add(node);
        }
        Assert.Same(e, order[^1]);
    }

    [Fact]
    public void Substitution_is_simultaneous_and_canonical()
    {
        var x = Symbol.Of("x");
        var y = Symbol.Of("y");
        var e = x - 2 * y;
        Assert.Same(y - 2 * x, Substituter.Substitute(e, new Dictionary<Expr, Expr> { [x] = y, [y] = x }));
        Assert.Same(Number.Zero, (x - y).Substitute(x, y));
        Assert.Same(Fn.Acos(Number.One) * 2, (Fn.Acos(T) * 2).Substitute(T, 1));
    }

    [FsCheck.Xunit.Property(Arbitrary = [typeof(Symbolic.Testing.ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool DependsOnlyOn_agrees_with_the_symbols_of_the_walk(Expr e) =>
        Symbolic.Testing.ExprArbitrary.Symbols.All(s => e.DependsOnlyOn(s) == DagWalk.Symbols(e).All(found => found == s));

    [Fact]
    public void Post_order_visits_each_unique_node_once_children_first()
    {
        var (_, theta) = FcNtk(30);
        var order = DagWalk.PostOrder(theta);
        var seen = new HashSet<Expr>(ExprReferenceComparer.Instance);
        foreach (var node in order)
        {
            Assert.True(seen.Add(node));
            Assert.All(node.Children, child => Assert.Contains(child, seen));
        }
        Assert.Same(theta, order[^1]);
    }
}
