using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.MonteCarlo.Network;

/// <summary>
/// An expression of one symbol evaluated over a whole array at once, node by node in post-order (each unique node of the
/// DAG once per point, with <see cref="Evaluator"/>'s double semantics: the same power convention and function
/// descriptors). Used for activations given only as an expression, e.g. tanh or phi("z^3"), and their derivatives.
/// </summary>
internal sealed class UnaryEvaluator
{
    private readonly Expr[] _nodes;
    private readonly int[][] _children;
    private readonly Symbol _variable;

    /// <summary>A program for <paramref name="e"/> in <paramref name="variable"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="e"/> has another free symbol.</exception>
    public UnaryEvaluator(Expr e, Symbol variable)
    {
        _variable = variable;
        _nodes = [.. DagWalk.PostOrder(e)];
        if (_nodes.OfType<Symbol>().FirstOrDefault(s => !ReferenceEquals(s, variable)) is { } other)
            throw new ArgumentException($"The activation may depend only on '{variable.Name}', not on '{other.Name}'.", nameof(e));
        var index = new Dictionary<Expr, int>();
        for (int i = 0; i < _nodes.Length; i++) index[_nodes[i]] = i;
        _children = [.. _nodes.Select(n => n.Children.Select(c => index[c]).ToArray())];
    }

    /// <summary>results[p] = e(points[p]) for every p.</summary>
    public void Evaluate(ReadOnlySpan<double> points, Span<double> results)
    {
        int n = points.Length;
        var values = new double[_nodes.Length][];
        Span<double> args = stackalloc double[2];
        for (int k = 0; k < _nodes.Length; k++)
        {
            var v = values[k] = new double[n];
            var c = _children[k];
            switch (_nodes[k])
            {
                case Symbol s when ReferenceEquals(s, _variable): points.CopyTo(v); break;
                case Number num: Array.Fill(v, num.Value.ToDouble()); break;
                case Float f: Array.Fill(v, f.Value); break;
                case Constant constant: Array.Fill(v, constant.Value); break;
                case Sum sum:
                    Array.Fill(v, sum.Constant.ToDouble());
                    for (int j = 0; j < c.Length; j++) VectorOps.Axpy(sum.Terms[j].Coefficient.ToDouble(), values[c[j]], v);
                    break;
                case Product product:
                    Array.Fill(v, product.Coefficient.ToDouble());
                    foreach (int j in c)
                        for (int p = 0; p < n; p++) v[p] *= values[j][p];
                    break;
                case Power power:
                    for (int p = 0; p < n; p++) v[p] = Evaluator.PowerOf(values[c[0]][p], values[c[1]][p], power.Exponent);
                    break;
                case Call call:
                    for (int p = 0; p < n; p++)
                    {
                        for (int j = 0; j < c.Length; j++) args[j] = values[c[j]][p];
                        v[p] = call.Info.Evaluate(args[..c.Length]);
                    }
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"UnaryEvaluator lacks {_nodes[k].Kind}.");
            }
        }
        values[^1].CopyTo(results);
    }
}
