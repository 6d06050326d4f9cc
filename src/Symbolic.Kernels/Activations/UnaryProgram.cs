using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// An expression of one symbol flattened into a post-order program over a value buffer, for the many evaluations a
/// quadrature needs. Same double semantics as <see cref="Evaluator"/> (it uses <see cref="Evaluator.PowerOf"/> and the
/// function descriptors), without the per-call dictionaries.
/// </summary>
internal sealed class UnaryProgram
{
    private readonly Expr[] _nodes;
    private readonly int[][] _children;
    private readonly double[] _leaves;          // leaf value, sum constant, or product coefficient
    private readonly double[][] _termCoefficients;   // sum term coefficients (empty for other nodes)
    private readonly Symbol _variable;

    public UnaryProgram(Expr e, Symbol variable)
    {
        _variable = variable;
        _nodes = [.. DagWalk.PostOrder(e)];
        var index = new Dictionary<Expr, int>();
        for (int i = 0; i < _nodes.Length; i++) index[_nodes[i]] = i;
        _children = [.. _nodes.Select(n => n.Children.Select(c => index[c]).ToArray())];
        _leaves = [.. _nodes.Select(n => n switch
        {
            Number k => k.Value.ToDouble(),
            Float f => f.Value,
            Constant c => c.Value,
            Sum s => s.Constant.ToDouble(),
            Product p => p.Coefficient.ToDouble(),
            _ => double.NaN,
        })];
        _termCoefficients = [.. _nodes.Select(n => n is Sum s ? s.Terms.Select(t => t.Coefficient.ToDouble()).ToArray() : [])];
    }

    /// <summary>Evaluates at every point of <paramref name="points"/> into <paramref name="results"/>.</summary>
    public void Evaluate(ReadOnlySpan<double> points, Span<double> results)
    {
        var values = new double[_nodes.Length];
        Span<double> args = stackalloc double[2];
        for (int p = 0; p < points.Length; p++)
        {
            double z = points[p];
            for (int i = 0; i < _nodes.Length; i++)
            {
                var children = _children[i];
                values[i] = _nodes[i] switch
                {
                    Symbol s => ReferenceEquals(s, _variable) ? z : throw new InvalidOperationException($"Unbound symbol '{s.Name}'."),
                    Sum => SumOf(_leaves[i], _termCoefficients[i], children, values),
                    Product => ProductOf(_leaves[i], children, values),
                    Power pw => Evaluator.PowerOf(values[children[0]], values[children[1]], pw.Exponent),
                    Call c => CallOf(c, children, values, args),
                    _ => _leaves[i],
                };
            }
            results[p] = values[^1];
        }
    }

    private static double SumOf(double constant, double[] coefficients, int[] children, double[] values)
    {
        double total = constant;
        for (int i = 0; i < children.Length; i++) total += coefficients[i] * values[children[i]];
        return total;
    }

    private static double ProductOf(double coefficient, int[] children, double[] values)
    {
        double total = coefficient;
        foreach (int c in children) total *= values[c];
        return total;
    }

    private static double CallOf(Call c, int[] children, double[] values, Span<double> args)
    {
        for (int i = 0; i < children.Length; i++) args[i] = values[children[i]];
        return c.Info.Evaluate(args[..children.Length]);
    }
}
