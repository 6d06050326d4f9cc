using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Printing;

namespace Symbolic.Text.Tests.Printing;

/// <summary>Every concrete node type and every built-in function prints in both formats and reads back (STYLE §3.4).</summary>
public sealed class NodeCoverageTests
{
    private static readonly Symbol s_x = Symbol.Of("x");

    private static readonly Expr[] s_samples =
    [
        Number.Of(7, 3), Float.Of(0.25), Constant.Pi, s_x, s_x + 1, 3 * s_x * Symbol.Of("y"), s_x.Pow(Number.Of(2, 5)),
        Fn.Acos(s_x), Fn.Max(s_x, 1),
    ];

    [Fact]
    public void Every_concrete_expression_type_has_a_sample_that_round_trips()
    {
        var types = typeof(Expr).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Expr)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(types.OrderBy(t => t.Name), s_samples.Select(s => s.GetType()).Distinct().OrderBy(t => t.Name));
        foreach (var sample in s_samples)
        {
            Assert.NotEmpty(sample.ToLatex());
            Assert.Same(sample, ExprParser.Parse(sample.ToText()).Value);
        }
    }

    [Fact]
    public void Every_function_prints_and_reads_back()
    {
        foreach (var info in BuiltIns.All)
        {
            var call = Fn.Call(info.Id, [.. Enumerable.Repeat<Expr>(s_x + 1, info.Arity)]);
            Assert.Same(call, ExprParser.Parse(call.ToText()).Value);
            string latex = call.ToLatex();
            Assert.True(latex.StartsWith(info.LatexName, StringComparison.Ordinal) || info.Id == FunctionId.Abs, latex);
        }
    }
}
