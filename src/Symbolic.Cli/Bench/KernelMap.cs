using Symbolic.Compilation.Vectorized;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Spectral.Gram;

namespace Symbolic.Cli.Bench;

/// <summary>Turns a derived kernel into the Gram engine's elementwise map: the vectorised compiled closed form
/// (one thread per tile; the engine parallelises over tiles), or the numeric layer path point by point when an
/// activation has no closed-form dual.</summary>
public static class KernelMap
{
    /// <summary>κ for <paramref name="kind"/> (normalised by κ(1) when asked) as a span map, and whether it is
    /// the compiled closed form.</summary>
    public static (ElementwiseMap Map, bool Compiled) Create(KernelDerivation derivation, KernelKind kind, bool normalize)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        var closedForm = derivation.Kernel(kind, normalize);
        if (closedForm is not null)
        {
            var function = VectorizedFunction.Create(closedForm, derivation.Variable);
            return ((t, values) => function.Evaluate(t, values, 1), true);
        }
        if (kind == KernelKind.Ntk && normalize && derivation.HasClosedForm)
            throw new UserError("--normalize: the NTK of this architecture is identically 0 (no trained layer), so it cannot be normalised");
        return ((t, values) =>
        {
            for (int i = 0; i < t.Length; i++) values[i] = derivation.EvaluateNumeric(t[i]).Select(kind, normalize);
        }, false);
    }
}
