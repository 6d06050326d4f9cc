using BenchmarkDotNet.Attributes;
using Symbolic.Compilation.Vectorized;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Kernels.Specs;
using Symbolic.Spectral.Gram;

namespace Symbolic.Benchmarks;

/// <summary>The Gram engine at N = 2000, d = 64: the inner products alone (the GEMM part, baseline) and with the
/// depth-10 FC-NTK map, on all processors.</summary>
public class GramBenchmarks
{
    private PointSet _points = null!;
    private VectorizedFunction _kernel = null!;

    /// <summary>Points.</summary>
    [Params(2000)]
    public int N { get; set; }

    /// <summary>Random unit vectors and the compiled kernel.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const int d = 64;
        var random = new Random(1);
        var data = new double[N * d];
        for (int i = 0; i < data.Length; i++) data[i] = random.NextDouble() * 2 - 1;
        if (!new PointSet(data, N, d).TryNormalize(out var points, out var error)) throw new InvalidOperationException(error);
        _points = points;
        var derivation = KernelDerivation.Derive(ArchitectureParser.Parse("fc(layers=10)").Value!);
        _kernel = VectorizedFunction.Create(derivation.Kernel(KernelKind.Ntk, false)!, derivation.Variable);
    }

    /// <summary>Inner products only (identity map).</summary>
    [Benchmark(Baseline = true)]
    public double[] InnerProducts() => GramEngine.Compute(_points, null, (t, v) => t.CopyTo(v));

    /// <summary>Inner products and the FC-NTK map.</summary>
    [Benchmark]
    public double[] FcNtkGram() => GramEngine.Compute(_points, null, (t, v) => _kernel.Evaluate(t, v, 1));
}
