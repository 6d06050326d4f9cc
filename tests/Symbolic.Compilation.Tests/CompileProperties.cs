using FsCheck.Xunit;
using Symbolic.Compilation;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests;

public sealed class CompileProperties
{
    private static readonly Symbol x = ExprArbitrary.Symbols[0], y = ExprArbitrary.Symbols[1], t = ExprArbitrary.Symbols[2];

    private static bool SameBits(double a, double b) =>
        BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || double.IsNaN(a) && double.IsNaN(b);

    private static bool CompiledEqualsInterpreted(Expr e, SamplePoint p)
    {
        double expected = Evaluator.Evaluate(e, p.Bindings);
        var (vx, vy, vt) = (p.Bindings[x], p.Bindings[y], p.Bindings[t]);
        var typed = e.Compile<Func<double, double, double, double>>(x, y, t);
        var array = e.CompileFunction(t, x, y);
        return SameBits(expected, typed(vx, vy, vt)) && SameBits(expected, array.Invoke(vt, vx, vy));
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 500, Replay = "(1234,5679)")]
    public bool Compiled_equals_interpreted_bitwise(Expr e, SamplePoint p) => CompiledEqualsInterpreted(e, p);

    [Property(Arbitrary = [typeof(RewriteArbitrary)], MaxTest = 300, Replay = "(4321,8765)")]
    public bool Compiled_equals_interpreted_bitwise_on_rule_targets(Expr e, SamplePoint p) => CompiledEqualsInterpreted(e, p);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 100, Replay = "(1357,2469)")]
    public bool Batch_evaluation_equals_interpreted_bitwise(Expr e, SamplePoint p)
    {
        // Bind x and y to the point's values, leaving a function of t alone.
        var f = Core.Traversal.Substituter.Substitute(e, new Dictionary<Expr, Expr>
        {
            [x] = Number.Of(Core.Numbers.Rational.FromDouble(p.Bindings[x])),
            [y] = Number.Of(Core.Numbers.Rational.FromDouble(p.Bindings[y])),
        });
        double[] ts = [-1, -0.75, -0.5, 0, 1e-3, 0.3, 0.875, 1];
        var result = new double[ts.Length];
        f.CompileFunction(t).Evaluate(ts, result);
        return ts.Select((v, i) => SameBits(Evaluator.Evaluate(f, t, v), result[i])).All(ok => ok);
    }
}
