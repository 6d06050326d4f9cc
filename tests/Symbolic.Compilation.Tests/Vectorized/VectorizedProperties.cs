using FsCheck.Xunit;
using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests.Vectorized;

public sealed class VectorizedProperties
{
    private static readonly Symbol x = ExprArbitrary.Symbols[0], y = ExprArbitrary.Symbols[1], t = ExprArbitrary.Symbols[2];

    private static readonly double[] s_grid = [-1, -0.75, -0.5, -0.1, 0, 1e-3, 0.3, 0.875, 0.95, 1, 1.5, -3];

    // x and y bound to the point's values, leaving a function of t alone.
    private static Expr OfT(Expr e, SamplePoint p) => Substituter.Substitute(e, new Dictionary<Expr, Expr>
    {
        [x] = Number.Of(Rational.FromDouble(p.Bindings[x])),
        [y] = Number.Of(Rational.FromDouble(p.Bindings[y])),
    });

    private static double[] Points(SamplePoint p) => [.. s_grid, p.Bindings[t]];

    private static double[] Run(Expr f, double[] points, VectorizedOptions? options = null, int threads = 1)
    {
        var result = new double[points.Length];
        f.Vectorize(t, options).Evaluate(points, result, threads);
        return result;
    }

    private static bool SameBits(double a, double b) =>
        BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || double.IsNaN(a) && double.IsNaN(b);

    private static bool ExactEqualsInterpreter(Expr e, SamplePoint p)
    {
        var f = OfT(e, p);
        var points = Points(p);
        var values = Run(f, points, new VectorizedOptions { ExactFunctions = true });
        return points.Select((v, i) => SameBits(Evaluator.Evaluate(f, t, v), values[i])).All(ok => ok);
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(1234,5679)")]
    public bool Exact_functions_equal_the_interpreter_bitwise(Expr e, SamplePoint p) => ExactEqualsInterpreter(e, p);

    [Property(Arbitrary = [typeof(RewriteArbitrary)], MaxTest = 200, Replay = "(4321,8765)")]
    public bool Exact_functions_equal_the_interpreter_bitwise_on_rule_targets(Expr e, SamplePoint p) => ExactEqualsInterpreter(e, p);

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 300, Replay = "(2468,1357)")]
    public bool Vector_functions_stay_within_the_propagated_error_bound(Expr e, SamplePoint p)
    {
        var f = OfT(e, p);
        var points = Points(p);
        var values = Run(f, points);
        return points.Select((v, i) => ErrorBound.Accepts(values[i], Evaluator.Evaluate(f, t, v), ErrorBound.At(f, t, v))).All(ok => ok);
    }

    [Property(Arbitrary = [typeof(ExprArbitrary)], MaxTest = 100, Replay = "(97,31)")]
    public bool Values_do_not_depend_on_threads_or_chunking(Expr e, SamplePoint p)
    {
        var f = OfT(e, p);
        var points = Enumerable.Range(0, 1000).Select(i => Math.Sin(i * p.Bindings[t] + i)).ToArray();
        var reference = Run(f, points);
        var split = Run(f, points, new VectorizedOptions { ChunkSize = 8 }, threads: 2);
        var single = Run(f, points[^3..]);
        return reference.Zip(split).All(pair => SameBits(pair.First, pair.Second))
            && single.Zip(reference[^3..]).All(pair => SameBits(pair.First, pair.Second));
    }
}
