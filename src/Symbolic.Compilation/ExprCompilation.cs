using Symbolic.Core.Expressions;

namespace Symbolic.Compilation;

/// <summary>Discoverable extension members for compilation on <see cref="Expr"/>.</summary>
public static class ExprCompilation
{
    extension(Expr e)
    {
        /// <summary>e compiled to <typeparamref name="TDelegate"/> (see <see cref="LinqCompiler.Compile{TDelegate}"/>),
        /// e.g. <c>kappa.Compile&lt;Func&lt;double, double&gt;&gt;(t)</c>.</summary>
        /// <exception cref="ArgumentException">The signature does not match, or a free symbol is not a parameter.</exception>
        public TDelegate Compile<TDelegate>(params Symbol[] parameters) where TDelegate : Delegate =>
            LinqCompiler.Compile<TDelegate>(e, parameters);

        /// <summary>e compiled as a <see cref="CompiledFunction"/> of <paramref name="parameters"/> (any arity).</summary>
        /// <exception cref="ArgumentException">A parameter is repeated, or a free symbol is not a parameter.</exception>
        public CompiledFunction CompileFunction(params Symbol[] parameters) => CompiledFunction.Create(e, parameters);

        /// <summary>e as a vectorised batch function of <paramref name="variable"/> (see <see cref="Vectorized.VectorizedFunction"/>).</summary>
        /// <exception cref="ArgumentException">e depends on another symbol.</exception>
        public Vectorized.VectorizedFunction Vectorize(Symbol variable, Vectorized.VectorizedOptions? options = null) =>
            Vectorized.VectorizedFunction.Create(e, variable, options);
    }
}
