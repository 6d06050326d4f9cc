using System.Collections.Immutable;
using System.Reflection;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Functions;

/// <summary>
/// Everything the system knows about one built-in function: names, arity, the double evaluator (whose
/// <see cref="Delegate.Method"/> the compiler binds to, so no reflection by name), and the partial derivatives.
/// </summary>
/// <param name="Id">The function.</param>
/// <param name="Name">Plain-text and parser name, e.g. "acos".</param>
/// <param name="LatexName">LaTeX operator, e.g. <c>\arccos</c> or <c>\operatorname{erf}</c>.</param>
/// <param name="Evaluator">A static method group: <c>Func&lt;double,double&gt;</c> or <c>Func&lt;double,double,double&gt;</c>.</param>
/// <param name="Partials">∂f/∂xᵢ as expressions of the arguments, one per argument.</param>
public sealed record FunctionInfo(
    FunctionId Id,
    string Name,
    string LatexName,
    Delegate Evaluator,
    ImmutableArray<Func<ImmutableArray<Expr>, Expr>> Partials)
{
    /// <summary>Number of arguments.</summary>
    public int Arity => Partials.Length;

    /// <summary>The static method that evaluates the function on doubles.</summary>
    public MethodInfo Method => Evaluator.Method;

    /// <summary>∂f/∂x_<paramref name="index"/> at <paramref name="arguments"/>.</summary>
    public Expr Partial(int index, ImmutableArray<Expr> arguments) => Partials[index](arguments);

    /// <summary>Evaluates on doubles.</summary>
    public double Evaluate(ReadOnlySpan<double> arguments) => Evaluator switch
    {
        Func<double, double> f => f(arguments[0]),
        Func<double, double, double> g => g(arguments[0], arguments[1]),
        _ => throw new InvalidOperationException($"Evaluator of {Name} has an unsupported signature."),
    };
}
