using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Evaluation;

/// <summary>
/// Interpreted double evaluation over the DAG, each unique node once. The oracle that compiled delegates are
/// tested against. Outside a function's real domain the result is NaN (IEEE semantics), never an exception.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="e"/> with the given symbol values.</summary>
    /// <exception cref="KeyNotFoundException">A free symbol of <paramref name="e"/> has no value.</exception>
    public static double Evaluate(Expr e, IReadOnlyDictionary<Symbol, double> bindings)
    {
        var values = new Dictionary<Expr, double>(ExprReferenceComparer.Instance);
        Span<double> args = stackalloc double[2];
        foreach (var node in Traversal.DagWalk.PostOrder(e))
        {
            values[node] = node switch
            {
                Number n => n.Value.ToDouble(),
                Float f => f.Value,
                Constant c => c.Value,
                Symbol s => bindings.TryGetValue(s, out var v) ? v : throw new KeyNotFoundException($"No value for symbol '{s.Name}'."),
                Sum s => SumOf(s, values),
                Product p => ProductOf(p, values),
                Power p => PowerOf(values[p.Base], values[p.Exponent], p.Exponent),
                Call c => CallOf(c, values, args),
                _ => throw new System.Diagnostics.UnreachableException($"Evaluator lacks {node.Kind}."),
            };
        }
        return values[e];
    }

    /// <summary>Evaluates an expression of one symbol.</summary>
    public static double Evaluate(Expr e, Symbol symbol, double value) =>
        Evaluate(e, new Dictionary<Symbol, double> { [symbol] = value });

    /// <summary>bᵉ with the conventions the scalar compiler also uses (so compiled == interpreted bitwise): exponent ½
    /// is √b, exponent −1 is 1/b, everything else <see cref="Math.Pow"/> — which is within an ulp but not always equal
    /// to b·b for e = 2 (the vectorised evaluator multiplies, and documents the difference).</summary>
    public static double PowerOf(double b, double e, Expr exponent) => exponent switch
    {
        Number { Value: var r } when r == Numbers.Rational.Half => Math.Sqrt(b),
        Number { Value: var r } when r == Numbers.Rational.MinusOne => 1 / b,
        _ => Math.Pow(b, e),
    };

    private static double SumOf(Sum s, Dictionary<Expr, double> values)
    {
        double total = s.Constant.ToDouble();
        foreach (var (c, body) in s.Terms) total += c.ToDouble() * values[body];
        return total;
    }

    private static double ProductOf(Product p, Dictionary<Expr, double> values)
    {
        double total = p.Coefficient.ToDouble();
        foreach (var f in p.Factors) total *= values[f];
        return total;
    }

    private static double CallOf(Call c, Dictionary<Expr, double> values, Span<double> args)
    {
        for (int i = 0; i < c.Arguments.Length; i++) args[i] = values[c.Arguments[i]];
        return c.Info.Evaluate(args[..c.Arguments.Length]);
    }
}
