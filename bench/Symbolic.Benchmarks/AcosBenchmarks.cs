using BenchmarkDotNet.Attributes;
using Symbolic.Compilation.Vectorized;

namespace Symbolic.Benchmarks;

/// <summary>acos over 2²⁰ doubles in [−1, 1]: our vectorised <see cref="VectorMath.Acos(ReadOnlySpan{double}, Span{double})"/>
/// against a Math.Acos loop (the baseline) and System.Numerics.Tensors' TensorPrimitives.Acos, which runs at the
/// scalar loop's speed for double (TOOLCHAIN.md §2).</summary>
public class AcosBenchmarks
{
    private const int Points = 1 << 20;
    private readonly double[] _x = new double[Points];
    private readonly double[] _y = new double[Points];

    /// <summary>Fills the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Points; i++) _x[i] = -1 + 2 * (i + 0.5) / Points;
    }

    /// <summary>Scalar Math.Acos.</summary>
    [Benchmark(Baseline = true)]
    public void MathAcos()
    {
        for (int i = 0; i < Points; i++) _y[i] = Math.Acos(_x[i]);
    }

    /// <summary>TensorPrimitives.Acos (System.Numerics.Tensors).</summary>
    [Benchmark]
    public void TensorPrimitivesAcos() => System.Numerics.Tensors.TensorPrimitives.Acos<double>(_x, _y);

    /// <summary>Ours.</summary>
    [Benchmark]
    public void VectorMathAcos() => VectorMath.Acos(_x, _y);
}
