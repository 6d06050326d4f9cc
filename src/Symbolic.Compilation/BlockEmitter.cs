using System.Linq.Expressions;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Symbolic.Compilation;

/// <summary>
/// Emits the body of a compiled expression as ONE flat <see cref="BlockExpression"/>: the unique DAG nodes in
/// post-order, one local per non-leaf node assigned once from its children's locals (CSE for free), so the LINQ
/// tree is a few levels deep whatever the DAG depth. Each node's arithmetic mirrors <see cref="Evaluator"/> exactly —
/// sums start from the constant and add cᵢ·vᵢ in term order, products start from the coefficient and multiply in
/// factor order, powers follow <see cref="Evaluator.PowerOf"/> — so compiled and interpreted results agree bitwise.
/// Maximal constant subexpressions (no free symbol) are valued once, at compile time, by the interpreter itself.
/// </summary>
internal static class BlockEmitter
{
    // n-ary nodes longer than this are accumulated through the node's local in several assignments, keeping every
    // statement shallow (the interpreter's left-to-right order is unchanged).
    private const int ChunkSize = 8;

    private static readonly System.Reflection.MethodInfo s_sqrt = ((Func<double, double>)Math.Sqrt).Method;
    private static readonly System.Reflection.MethodInfo s_pow = ((Func<double, double, double>)Math.Pow).Method;

    /// <summary>The block computing <paramref name="root"/>; <paramref name="symbols"/> gives the expression each
    /// symbol reads from, and <paramref name="prologue"/> statements (with their <paramref name="locals"/>) run first.</summary>
    public static BlockExpression Emit(Expr root, IReadOnlyDictionary<Symbol, LinqExpression> symbols,
        IEnumerable<ParameterExpression>? locals = null, IEnumerable<LinqExpression>? prologue = null)
    {
        var values = new Dictionary<Expr, LinqExpression>(ExprReferenceComparer.Instance);
        var variables = new List<ParameterExpression>(locals ?? []);
        var statements = new List<LinqExpression>(prologue ?? []);
        var constants = ConstantFolding.Of(root);
        foreach (var node in DagWalk.PostOrder(root))
        {
            if (node.IsConstant && !constants.ContainsKey(node)) continue;   // inside a folded constant
            LinqExpression? leaf = node switch
            {
                _ when constants.TryGetValue(node, out var value) => Constant(value),
                Number n => Constant(n.Value.ToDouble()),
                Float f => Constant(f.Value),
                Constant c => Constant(c.Value),
                Symbol s => symbols[s],
                _ => null,
            };
            if (leaf is not null) { values[node] = leaf; continue; }

            var local = LinqExpression.Variable(typeof(double), "v" + variables.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            variables.Add(local);
            switch (node)
            {
                case Sum s:
                    Accumulate(local, Constant(s.Constant.ToDouble()), s.Terms.Select(t => Scaled(t.Coefficient, values[t.Body])),
                        LinqExpression.Add, statements);
                    break;
                case Product p:
                    var factors = p.Factors.Select(f => values[f]);
                    var start = p.Coefficient.IsOne ? values[p.Factors[0]] : Constant(p.Coefficient.ToDouble());
                    Accumulate(local, start, p.Coefficient.IsOne ? factors.Skip(1) : factors, LinqExpression.Multiply, statements);
                    break;
                case Power p:
                    statements.Add(LinqExpression.Assign(local, PowerOf(values[p.Base], values[p.Exponent], p.Exponent)));
                    break;
                case Call c:
                    var args = c.Arguments.Select(a => values[a]).ToArray();
                    var method = c.Info.Method;
                    statements.Add(LinqExpression.Assign(local, method.IsStatic
                        ? LinqExpression.Call(method, args)
                        : LinqExpression.Invoke(LinqExpression.Constant(c.Info.Evaluator), args)));
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException($"The compiler lacks {node.Kind}.");
            }
            values[node] = local;
        }
        statements.Add(values[root]);
        return LinqExpression.Block(typeof(double), variables, statements);
    }

    // v = start ∘ x₁ ∘ x₂ ∘ …, left to right, re-seeding from v every ChunkSize operands.
    private static void Accumulate(ParameterExpression local, LinqExpression start, IEnumerable<LinqExpression> operands,
        Func<LinqExpression, LinqExpression, BinaryExpression> combine, List<LinqExpression> statements)
    {
        var accumulator = start;
        int pending = 0;
        foreach (var operand in operands)
        {
            accumulator = combine(accumulator, operand);
            if (++pending < ChunkSize) continue;
            statements.Add(LinqExpression.Assign(local, accumulator));
            (accumulator, pending) = (local, 0);
        }
        if (pending > 0 || !ReferenceEquals(accumulator, local)) statements.Add(LinqExpression.Assign(local, accumulator));
    }

    // c·v; for c = 1 the product is v itself, bitwise (the interpreter's 1.0·v equals v).
    private static LinqExpression Scaled(Rational c, LinqExpression value) =>
        c.IsOne ? value : LinqExpression.Multiply(Constant(c.ToDouble()), value);

    // The power convention of Evaluator.PowerOf: ½ → √b, −1 → 1/b, else Math.Pow(b, e).
    private static LinqExpression PowerOf(LinqExpression b, LinqExpression e, Expr exponent) => exponent switch
    {
        Number { Value: var r } when r == Rational.Half => LinqExpression.Call(s_sqrt, b),
        Number { Value: var r } when r == Rational.MinusOne => LinqExpression.Divide(Constant(1.0), b),
        _ => LinqExpression.Call(s_pow, b, e),
    };

    private static ConstantExpression Constant(double value) => LinqExpression.Constant(value, typeof(double));
}
