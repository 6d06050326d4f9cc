using Symbolic.Compilation;
using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Cli.Commands;

/// <summary>Turns a closed-form kernel into a fast function of t: the LINQ-compiled delegate for ordinary DAGs, and
/// the vectorised tape evaluator for very deep ones (a single compiled method over ~10⁵ locals takes minutes to JIT
/// and can exceed the runtime's method limits; the tape has no such limit and is within a few ulp of it).</summary>
public static class KernelFunctions
{
    /// <summary>DAGs with more unique nodes than this are evaluated by the tape.</summary>
    public const int CompileNodeLimit = 20_000;

    /// <summary>Evaluates <paramref name="kernel"/> at every point of <paramref name="t"/> into <paramref name="result"/>.</summary>
    public static void Evaluate(Expr kernel, Symbol variable, ReadOnlySpan<double> t, Span<double> result)
    {
        if (DagWalk.CountUnique(kernel) <= CompileNodeLimit)
            CompiledFunction.Create(kernel, variable).Evaluate(t, result);
        else
            VectorizedFunction.Create(kernel, variable).Evaluate(t, result, threads: Environment.ProcessorCount);
    }

    /// <summary>A scalar function of t (for quadrature callbacks).</summary>
    public static Func<double, double> Scalar(Expr kernel, Symbol variable)
    {
        if (DagWalk.CountUnique(kernel) <= CompileNodeLimit)
        {
            var compiled = CompiledFunction.Create(kernel, variable);
            return t => compiled.Invoke(t);
        }
        var tape = VectorizedFunction.Create(kernel, variable);
        return t =>
        {
            Span<double> one = [t];
            tape.Evaluate(one, one);
            return one[0];
        };
    }
}
