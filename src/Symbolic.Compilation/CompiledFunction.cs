using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Compilation;

/// <summary>
/// A compiled expression of any number of parameters, wrapping a <c>Func&lt;double[], double&gt;</c> built by
/// <see cref="LinqCompiler.CompileArray"/>, plus a batch API for functions of one variable (the kernels κ(t)).
/// Values equal <see cref="Core.Evaluation.Evaluator"/> bitwise. Thread-safe: the delegates hold no state.
/// </summary>
public sealed class CompiledFunction
{
    private readonly Lazy<Func<double, double>> _scalar;

    private CompiledFunction(Expr expression, ImmutableArray<Symbol> parameters)
    {
        Expression = expression;
        Parameters = parameters;
        Delegate = LinqCompiler.CompileArray(expression, [.. parameters]);
        _scalar = new(() => LinqCompiler.Compile<Func<double, double>>(expression, parameters[0]));
    }

    /// <summary>The expression that was compiled.</summary>
    public Expr Expression { get; }

    /// <summary>The parameters, in the order arguments are given.</summary>
    public ImmutableArray<Symbol> Parameters { get; }

    /// <summary>Number of parameters.</summary>
    public int Arity => Parameters.Length;

    /// <summary>The compiled delegate: arguments[i] is the value of Parameters[i].</summary>
    public Func<double[], double> Delegate { get; }

    /// <summary>Compiles <paramref name="e"/> as a function of <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">A parameter is repeated, or <paramref name="e"/> depends on a symbol
    /// that is not a parameter.</exception>
    public static CompiledFunction Create(Expr e, params Symbol[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new(e, [.. parameters]);
    }

    /// <summary>Compiles <paramref name="e"/> as a function of <paramref name="parameters"/>, or explains why not
    /// (a free symbol that is not a parameter, a repeated parameter) without throwing: for input that came from a user.</summary>
    public static bool TryCreate(Expr e, Symbol[] parameters, out CompiledFunction? function, out string? error)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(parameters);
        (function, error) = (null, null);
        var missing = Core.Traversal.DagWalk.Symbols(e).Except(parameters).Select(s => s.Name).ToList();
        if (missing.Count > 0) error = $"the expression depends on {string.Join(", ", missing)}, which {(missing.Count == 1 ? "is not a parameter" : "are not parameters")}";
        else if (parameters.Distinct().Count() != parameters.Length) error = "a symbol appears twice among the parameters";
        else function = new(e, [.. parameters]);
        return function is not null;
    }

    /// <summary>The value at the given arguments, one per parameter.</summary>
    /// <exception cref="ArgumentException">The number of arguments differs from <see cref="Arity"/>.</exception>
    public double Invoke(params double[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != Arity)
            throw new ArgumentException($"Expected {Arity} argument(s), got {arguments.Length}.", nameof(arguments));
        return Delegate(arguments);
    }

    /// <summary>result[i] = f(t[i]) for a function of one variable (a scalar loop over a compiled
    /// <c>Func&lt;double, double&gt;</c>, compiled on first use).</summary>
    /// <exception cref="InvalidOperationException">The function does not have exactly one parameter.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is shorter than <paramref name="t"/>.</exception>
    public void Evaluate(ReadOnlySpan<double> t, Span<double> result)
    {
        if (Arity != 1) throw new InvalidOperationException($"Batch evaluation needs one parameter; this function has {Arity}.");
        if (result.Length < t.Length) throw new ArgumentException($"result holds {result.Length} values, t has {t.Length}.", nameof(result));
        var f = _scalar.Value;
        for (int i = 0; i < t.Length; i++) result[i] = f(t[i]);
    }
}
