using Symbolic.Cli.Commands;
using Symbolic.Compilation.Vectorized;
using Symbolic.Kernels;

namespace Symbolic.Cli.Bench;

/// <summary>Times the vectorised batch evaluation alone: K(t) over n values of t spread over [−1, 1], median of
/// several repetitions, in ns per value.</summary>
public static class EvalBenchmark
{
    /// <summary>The function to time: the closed form of <paramref name="spec"/>'s kernel, vectorised.</summary>
    public static VectorizedFunction Compile(string spec, KernelKind kind)
    {
        var (derivation, _) = KernelOptions.Derive(spec);
        var closedForm = derivation.Kernel(kind, false)
            ?? throw new UserError($"--arch: {derivation.NoClosedFormReason ?? "the kernel is identically 0"}; bench eval needs a closed form");
        return VectorizedFunction.Create(closedForm, derivation.Variable);
    }

    /// <summary>Median ns per value and the checksum Σ K(tᵢ).</summary>
    public static (double NsPerEval, double Checksum) Measure(VectorizedFunction function, int n, int threads, int repetitions)
    {
        ArgumentNullException.ThrowIfNull(function);
        var t = Timing.Cosines(n);
        var values = new double[n];
        double seconds = Timing.MedianSeconds(() => function.Evaluate(t, values, threads), repetitions);
        return (seconds * 1e9 / n, values.Sum());
    }
}
