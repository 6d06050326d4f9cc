using System.Linq.Expressions;
using Symbolic.Compilation;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests;

public sealed class LinqCompilerTests
{
    private static readonly Symbol x = Symbol.Of("x"), y = Symbol.Of("y"), t = Symbol.Of("t");

    [Fact]
    public void Block_has_one_local_per_non_constant_node_and_stays_shallow()
    {
        var theta = FcReluNtk.Build(t, 200).Theta;
        var lambda = LinqCompiler.ToLambda<Func<double, double>>(theta, t);
        var block = Assert.IsAssignableFrom<BlockExpression>(lambda.Body);
        // Constant subterms (π⁻¹, π⁻²) are folded at compile time; every other non-leaf node gets one local.
        int nonLeaves = DagWalk.PostOrder(theta).Count(n => n.Children.Length > 0 && !n.IsConstant);
        Assert.Equal(nonLeaves, block.Variables.Count);
        Assert.Equal(2, DagWalk.PostOrder(theta).Count(n => n.Children.Length > 0 && n.IsConstant));
        Assert.InRange(DepthOf(lambda), 1, 8);
    }

    [Fact]
    public void Calls_bind_to_the_descriptor_methods()
    {
        var e = Fn.Acos(x) + Fn.Erf(x) + Fn.Max(x, 2) + Fn.Heaviside(x);
        var calls = new List<System.Reflection.MethodInfo>();
        new CallCollector(calls).Visit(LinqCompiler.ToLambda<Func<double, double>>(e, x));
        foreach (var id in new[] { FunctionId.Acos, FunctionId.Erf, FunctionId.Max, FunctionId.Heaviside })
            Assert.Contains(BuiltIns.Get(id).Method, calls);
    }

    [Fact]
    public void Long_sums_and_products_keep_the_interpreter_order()
    {
        var terms = Enumerable.Range(1, 40).Select(k => (Expr)Number.Of(k, 7) * Fn.Sin(k * x)).ToArray();
        var sum = Core.Algebra.Algebra.Add([Number.Of(1, 3), .. terms]);
        var product = Core.Algebra.Algebra.Multiply([Number.Of(-5, 3), .. Enumerable.Range(1, 30).Select(k => Fn.Cos(x / k))]);
        foreach (var e in new[] { sum, product, sum * product })
            foreach (var v in new[] { -0.7, 0.1, 0.93 })
                Assert.Equal(BitConverter.DoubleToInt64Bits(Evaluator.Evaluate(e, x, v)), BitConverter.DoubleToInt64Bits(e.Compile<Func<double, double>>(x)(v)));
    }

    [Fact]
    public void Constant_expressions_compile_with_no_parameters()
    {
        var e = Fn.Acos(Number.Half) * Constant.E + Float.Of(0.25);
        Assert.Equal(Evaluator.Evaluate(e, new Dictionary<Symbol, double>()), e.Compile<Func<double>>()());
        Assert.Equal(Evaluator.Evaluate(e, new Dictionary<Symbol, double>()), e.CompileFunction().Invoke());
    }

    [Fact]
    public void Unused_parameters_are_allowed_and_order_is_respected()
    {
        var f = (x - 2 * y).CompileFunction(y, t, x);
        Assert.Equal(3 - 2 * 0.5, f.Invoke(0.5, 99, 3));
        Assert.Equal(new[] { y, t, x }, f.Parameters.ToArray());
        Assert.Equal(3, f.Arity);
    }

    [Fact]
    public void Signature_and_symbol_errors_are_argument_exceptions()
    {
        var e = x * y;
        Assert.Contains("y", Assert.Throws<ArgumentException>(() => e.Compile<Func<double, double>>(x)).Message);
        Assert.Throws<ArgumentException>(() => e.Compile<Func<double, double>>(x, y));
        Assert.Throws<ArgumentException>(() => e.Compile<Func<double, double, float>>(x, y));
        Assert.Throws<ArgumentException>(() => e.CompileFunction(x, y, x));
        Assert.Throws<ArgumentException>(() => e.CompileFunction(x, y).Invoke(1));
        Assert.Throws<InvalidOperationException>(() => e.CompileFunction(x, y).Evaluate([1.0], new double[1]));
        Assert.Throws<ArgumentException>(() => x.CompileFunction(x).Evaluate([1.0, 2.0], new double[1]));
    }

    [Fact]
    public void TryCreate_reports_user_errors_without_throwing()
    {
        Assert.False(CompiledFunction.TryCreate(x * y + t, [x], out var none, out var error));
        Assert.Null(none);
        Assert.Equal("the expression depends on t, y, which are not parameters", error);
        Assert.False(CompiledFunction.TryCreate(x, [x, x], out _, out error));
        Assert.NotNull(error);
        Assert.True(CompiledFunction.TryCreate(x * y, [y, x], out var f, out error));
        Assert.Null(error);
        Assert.Equal(6, f!.Invoke(2, 3));
    }

    [Fact]
    public void Power_conventions_match_the_interpreter()
    {
        double[] values = [-2, -0.5, -0.0, 0, 0.25, 3];
        var e = Fn.Sqrt(x) + x.Pow(-1) + x.Pow(2) + x.Pow(Number.Of(1, 3)) + x.Pow(Number.Of(-3, 2)) + Fn.Exp(x).Pow(x) + x.Pow(y);
        var f = e.Compile<Func<double, double, double>>(x, y);
        foreach (var v in values)
            Assert.Equal(BitConverter.DoubleToInt64Bits(Evaluator.Evaluate(e, new Dictionary<Symbol, double> { [x] = v, [y] = 0.5 })),
                         BitConverter.DoubleToInt64Bits(f(v, 0.5)));
    }

    private static int DepthOf(Expression e)
    {
        var visitor = new DepthVisitor();
        visitor.Visit(e);
        return visitor.Max;
    }

    private sealed class DepthVisitor : ExpressionVisitor
    {
        private int _depth;
        public int Max { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            _depth++;
            Max = Math.Max(Max, _depth);
            var result = base.Visit(node);
            _depth--;
            return result;
        }
    }

    private sealed class CallCollector(List<System.Reflection.MethodInfo> calls) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            calls.Add(node.Method);
            return base.VisitMethodCall(node);
        }
    }
}
