using BenchmarkDotNet.Attributes;
using Symbolic.Compilation;
using Symbolic.Compilation.Vectorized;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Specs;

namespace Symbolic.Benchmarks;

/// <summary>The depth-10 FC-NTK closed form over 2²⁰ values of t in [−1, 1]: the vectorised tape (the baseline), the
/// scalar compiled delegate, and a hand-written scalar Math.Acos recursion (the same function, for scale).</summary>
[MemoryDiagnoser]
public class KernelEvaluationBenchmarks
{
    private const int Points = 1 << 20;
    private readonly double[] _t = new double[Points];
    private readonly double[] _values = new double[Points];
    private VectorizedFunction _vectorized = null!;
    private CompiledFunction _compiled = null!;

    /// <summary>Kernel depth.</summary>
    [Params(10)]
    public int Layers { get; set; }

    /// <summary>Derives and compiles the kernel.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Points; i++) _t[i] = -1 + 2 * (i + 0.5) / Points;
        var derivation = KernelDerivation.Derive(ArchitectureParser.Parse($"fc(layers={Layers})").Value!);
        var kernel = derivation.Kernel(KernelKind.Ntk, false)!;
        _vectorized = VectorizedFunction.Create(kernel, derivation.Variable);
        _compiled = CompiledFunction.Create(kernel, derivation.Variable);
    }

    /// <summary>The vectorised tape, one thread.</summary>
    [Benchmark(Baseline = true)]
    public void Vectorized() => _vectorized.Evaluate(_t, _values, 1);

    /// <summary>The vectorised tape on all processors.</summary>
    [Benchmark]
    public void VectorizedAllThreads() => _vectorized.Evaluate(_t, _values, Environment.ProcessorCount);

    /// <summary>The scalar compiled delegate.</summary>
    [Benchmark]
    public void Compiled() => _compiled.Evaluate(_t, _values);

    /// <summary>Hand-written scalar recursion with Math.Acos (fc-resnet.md §1.1).</summary>
    [Benchmark]
    public void HandWrittenScalar()
    {
        for (int i = 0; i < Points; i++)
        {
            double s = _t[i], theta = s;
            for (int l = 1; l < Layers; l++)
            {
                double a = Math.Acos(s);
                double k1 = (Math.Sqrt(Math.Max(1 - s * s, 0)) + s * (Math.PI - a)) / Math.PI;
                theta = theta * (1 - a / Math.PI) + k1;
                s = k1;
            }
            _values[i] = theta;
        }
    }
}
