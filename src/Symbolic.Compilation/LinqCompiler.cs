using System.Linq.Expressions;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using LinqExpression = System.Linq.Expressions.Expression;

namespace Symbolic.Compilation;

/// <summary>
/// Compiles an expression DAG to a delegate of doubles through System.Linq.Expressions (STYLE §3.7). The body is
/// one flat block with a local per unique non-leaf node, assigned in post-order: shared subterms are computed once
/// and the LINQ tree stays about two levels deep, so a kernel DAG of depth 10⁴ compiles without deep recursion.
/// Function calls bind to <see cref="Core.Functions.FunctionInfo.Method"/>. Results equal
/// <see cref="Core.Evaluation.Evaluator"/> bitwise: the same operations run in the same order.
/// </summary>
public static class LinqCompiler
{
    /// <summary>
    /// Compiles <paramref name="e"/> to <typeparamref name="TDelegate"/>, a delegate taking one double per entry
    /// of <paramref name="parameters"/> (in that order) and returning double, e.g. <c>Func&lt;double, double&gt;</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The delegate's signature does not match the parameters, a parameter is
    /// repeated, or <paramref name="e"/> depends on a symbol that is not a parameter.</exception>
    public static TDelegate Compile<TDelegate>(Expr e, params Symbol[] parameters) where TDelegate : Delegate =>
        ToLambda<TDelegate>(e, parameters).Compile();

    /// <summary>The lambda <see cref="Compile{TDelegate}"/> compiles (for inspection and tests).</summary>
    /// <exception cref="ArgumentException">As for <see cref="Compile{TDelegate}"/>.</exception>
    public static Expression<TDelegate> ToLambda<TDelegate>(Expr e, params Symbol[] parameters) where TDelegate : Delegate
    {
        Validate(e, parameters);
        var invoke = typeof(TDelegate).GetMethod(nameof(Func<double>.Invoke))!;
        var signature = invoke.GetParameters();
        if (invoke.ReturnType != typeof(double) || signature.Length != parameters.Length || signature.Any(p => p.ParameterType != typeof(double)))
            throw new ArgumentException(
                $"{typeof(TDelegate)} must take {parameters.Length} double parameter(s) and return double.", nameof(TDelegate));
        var arguments = parameters.Select(p => LinqExpression.Parameter(typeof(double), p.Name)).ToArray();
        var symbols = parameters.Zip(arguments).ToDictionary(p => p.First, p => (LinqExpression)p.Second);
        return LinqExpression.Lambda<TDelegate>(BlockEmitter.Emit(e, symbols), arguments);
    }

    /// <summary>Compiles <paramref name="e"/> to a function of an array holding the values of
    /// <paramref name="parameters"/>, in order (any arity).</summary>
    /// <exception cref="ArgumentException">A parameter is repeated, or <paramref name="e"/> depends on a symbol
    /// that is not a parameter.</exception>
    public static Func<double[], double> CompileArray(Expr e, params Symbol[] parameters) => ToArrayLambda(e, parameters).Compile();

    /// <summary>The lambda <see cref="CompileArray"/> compiles: its prologue copies the array into one local per
    /// parameter.</summary>
    /// <exception cref="ArgumentException">As for <see cref="CompileArray"/>.</exception>
    public static Expression<Func<double[], double>> ToArrayLambda(Expr e, params Symbol[] parameters)
    {
        Validate(e, parameters);
        var array = LinqExpression.Parameter(typeof(double[]), "arguments");
        var locals = parameters.Select(p => LinqExpression.Variable(typeof(double), p.Name)).ToArray();
        var prologue = locals.Select((local, i) => (LinqExpression)LinqExpression.Assign(local, LinqExpression.ArrayIndex(array, LinqExpression.Constant(i))));
        var symbols = parameters.Zip(locals).ToDictionary(p => p.First, p => (LinqExpression)p.Second);
        return LinqExpression.Lambda<Func<double[], double>>(BlockEmitter.Emit(e, symbols, locals, prologue), array);
    }

    private static void Validate(Expr e, Symbol[] parameters)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Distinct().Count() != parameters.Length)
            throw new ArgumentException("A symbol appears twice among the parameters.", nameof(parameters));
        var missing = DagWalk.Symbols(e).Except(parameters).Select(s => s.Name).ToList();
        if (missing.Count > 0)
            throw new ArgumentException($"The expression depends on {string.Join(", ", missing)}, which {(missing.Count == 1 ? "is not a parameter" : "are not parameters")}.", nameof(parameters));
    }
}
