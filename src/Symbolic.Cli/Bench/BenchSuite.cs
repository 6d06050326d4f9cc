using System.Globalization;
using Symbolic.Cli.Commands;
using Symbolic.Compilation.Vectorized;
using Symbolic.Core.Numbers;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Traversal;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Spectral.Gram;
using Symbolic.Spectral.Sphere;

namespace Symbolic.Cli.Bench;

/// <summary>
/// The end-to-end benchmark of the issue, ours and the peers measured in the same run: (1) vector acos and kernel evaluation,
/// (2) Gram matrix, (3) expand vs SymPy, (4) Funk–Hecke μ₀…μ_K vs scipy quad, (5) build + simplify + compile of the
/// ResNTK DAG. Ratios are peer time / our time (above 1: we are faster) unless the row says otherwise.
/// </summary>
public sealed class BenchSuite(BenchSizes sizes, Peers peers, int threads, TextWriter log)
{
    /// <summary>Runs every section and returns the table rows.</summary>
    public List<BenchRow> Run()
    {
        var rows = new List<BenchRow>();
        Acos(rows);
        double fcNs = Evaluation(rows);
        Gram(rows, fcNs);
        Expand(rows);
        Spectrum(rows);
        Dag(rows);
        Images(rows);
        return rows;
    }

    /// <summary>(6) The convolutional Gram of issue #6: rescnn(blocks=4) Eq at d = 8 on N images, and GAP at d = 32
    /// (time per pair), through the compiled image plan on all threads. No peer computes these kernels (neural-tangents
    /// is not installable here), so the rows give absolute times and the per-pair cost.</summary>
    private void Images(List<BenchRow> rows)
    {
        log.WriteLine("bench: 6. convolutional Gram matrices");
        var eq = ImageGramBenchmark.Run(Architecture("rescnn(blocks=4, alpha=1, head=eq)"), ImageShape.Line(8), 2, sizes.ImagePoints, threads);
        rows.Add(new("6 conv gram", $"rescnn(blocks=4) Eq, d=8, C0=2, N={sizes.ImagePoints}, {threads} threads (NNGP+NTK)", Sec(eq.Seconds),
            $"{eq.NanosecondsPerPair:0} ns/pair wall, {eq.CpuNanosecondsPerPair:0} ns/pair CPU", "-"));
        int gapPoints = Math.Max(8, sizes.ImagePoints / 8);
        var gap = ImageGramBenchmark.Run(Architecture("rescnn(blocks=4, alpha=1, head=gap)"), ImageShape.Line(32), 2, gapPoints, threads);
        rows.Add(new("6 conv gram", $"rescnn(blocks=4) GAP, d=32, C0=2, N={gapPoints}, {threads} threads (NNGP+NTK)", Sec(gap.Seconds),
            $"{gap.NanosecondsPerPair / 1e3:0.0} µs/pair wall, {gap.CpuNanosecondsPerPair / 1e3:0.0} µs/pair CPU", "-"));
    }

    /// <summary>(1a) The vector acos under every kernel: ours against System.Numerics.Tensors' TensorPrimitives.Acos
    /// (which .NET 10 does not vectorise for double) and a Math.Acos loop, over the evaluation points, one thread.</summary>
    private void Acos(List<BenchRow> rows)
    {
        int n = sizes.EvalPoints, reps = sizes.Repetitions;
        log.WriteLine($"bench: 1. acos over {n} values");
        var x = Timing.Cosines(n);
        var y = new double[n];
        double ours = Timing.MedianSeconds(() => VectorMath.Acos(x, y), reps) * 1e9 / n;
        double worst = 0;
        for (int i = 0; i < n; i++) worst = Math.Max(worst, Ulps(y[i], Math.Acos(x[i])));
        double tensor = Timing.MedianSeconds(() => System.Numerics.Tensors.TensorPrimitives.Acos<double>(x, y), reps) * 1e9 / n;
        double scalar = Timing.MedianSeconds(() => { for (int i = 0; i < x.Length; i++) y[i] = Math.Acos(x[i]); }, reps) * 1e9 / n;
        rows.Add(new("1 acos", $"acos over {n} values in [-1, 1], 1 thread vs TensorPrimitives.Acos (our max error {worst:0} ulp vs Math.Acos)",
            Ns(ours), Ns(tensor), Ratio(tensor, ours, "TensorPrimitives/ours")));
        rows.Add(new("1 acos", "same, vs a Math.Acos loop", Ns(ours), Ns(scalar), Ratio(scalar, ours, "Math.Acos/ours")));
    }

    private static double Ulps(double a, double b) =>
        a == b ? 0 : Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));

    private double Evaluation(List<BenchRow> rows)
    {
        int n = sizes.EvalPoints, reps = sizes.Repetitions;
        log.WriteLine($"bench: 1. kernel evaluation over {n} values");
        var fc = EvalBenchmark.Compile("fc(layers=10)", KernelKind.Ntk);
        var (ours, checksum) = EvalBenchmark.Measure(fc, n, 1, reps);
        var (oursThreads, _) = EvalBenchmark.Measure(fc, n, threads, reps);
        string args = n.ToString(CultureInfo.InvariantCulture);
        var c = peers.RunC("fc_ntk", PeerScripts.CEval, [args, "10", reps.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(300));
        var np = peers.RunPython("numpy", "fc_ntk.py", PeerScripts.NumpyEval, [args, "10", reps.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(300));
        rows.Add(new("1 eval", "FC-NTK L=10, 1 thread vs C gcc -O3 -march=native -ffast-math (libmvec acos)", Ns(ours), PeerNs(c, n, checksum), Ratio(c.Seconds * 1e9 / n, ours, "C/ours")));
        rows.Add(new("1 eval", "FC-NTK L=10, 1 thread vs numpy (Debian python3-numpy, whole-array ufuncs)", Ns(ours), PeerNs(np, n, checksum), Ratio(np.Seconds * 1e9 / n, ours, "numpy/ours")));
        rows.Add(new("1 eval", $"FC-NTK L=10, {threads} threads vs our 1 thread", Ns(oursThreads), Ns(ours), Ratio(ours, oursThreads, "speed-up")));
        var res = EvalBenchmark.Compile("resnet(blocks=10, alpha=0.5)", KernelKind.Ntk);
        var (resNs, resChecksum) = EvalBenchmark.Measure(res, n, 1, reps);
        string[] resArgs = [args, "10", "0.5", reps.ToString(CultureInfo.InvariantCulture)];
        var cRes = peers.RunC("res_ntk", PeerScripts.CResEval, resArgs, TimeSpan.FromSeconds(300));
        var npRes = peers.RunPython("numpy", "res_ntk.py", PeerScripts.NumpyResEval, resArgs, TimeSpan.FromSeconds(300));
        rows.Add(new("1 eval", "ResNTK L=10 (alpha=0.5), 1 thread vs C gcc -O3 -march=native -ffast-math (libmvec acos)", Ns(resNs), PeerNs(cRes, n, resChecksum), Ratio(cRes.Seconds * 1e9 / n, resNs, "C/ours")));
        rows.Add(new("1 eval", "ResNTK L=10 (alpha=0.5), 1 thread vs numpy (Debian python3-numpy, whole-array ufuncs)", Ns(resNs), PeerNs(npRes, n, resChecksum), Ratio(npRes.Seconds * 1e9 / n, resNs, "numpy/ours")));
        return ours;
    }

    private void Gram(List<BenchRow> rows, double nsPerEval)
    {
        int n = sizes.GramPoints, d = sizes.GramDimension;
        log.WriteLine($"bench: 2. Gram matrix N = {n}, d = {d}");
        var random = new Random(1);
        var data = new double[n * d];
        for (int i = 0; i < data.Length; i++) data[i] = random.NextDouble() * 2 - 1;
        if (!new PointSet(data, n, d).TryNormalize(out var points, out var error)) throw new InvalidOperationException(error);
        var fc = EvalBenchmark.Compile("fc(layers=10)", KernelKind.Ntk);
        var options = new GramOptions { Threads = threads };
        double ours = Timing.OnceSeconds(() => GramEngine.Compute(points, null, (t, v) => fc.Evaluate(t, v, 1), options));
        double gemm = Timing.OnceSeconds(() => GramEngine.Compute(points, null, (t, v) => t.CopyTo(v), options));
        double pairs = (double)n * (n + 1) / 2;
        double bound = gemm + pairs * nsPerEval * 1e-9 / threads;
        var np = peers.RunPython("numpy", "gram.py", PeerScripts.NumpyGram, [n.ToString(CultureInfo.InvariantCulture), d.ToString(CultureInfo.InvariantCulture), "10"], TimeSpan.FromSeconds(900));
        rows.Add(new("2 gram", $"FC-NTK L=10 Gram N={n}, d={d}, {threads} threads vs numpy X@X.T + recursion", Sec(ours),
            np.Seconds is { } s ? $"{Sec(s)} (its GEMM {Sec(np.Checksum ?? double.NaN)})" : np.Note, Ratio(np.Seconds, ours, "numpy/ours")));
        rows.Add(new("2 gram", "ours vs GEMM lower bound (our inner products alone + pairs × 1-thread ns/eval / threads)", Sec(ours),
            $"{Sec(bound)} (inner products {Sec(gemm)})", Ratio(ours, bound, "ours/bound")));
    }

    private void Expand(List<BenchRow> rows)
    {
        log.WriteLine("bench: 3. expand at t = 1 vs SymPy series");
        foreach (int depth in sizes.ExpandDepths)
        {
            var spec = $"fc(layers={depth})";
            var (derivation, _) = KernelOptions.Derive(spec);
            double ours = Timing.MedianSeconds(() => EndpointExpansion.Expand(derivation, KernelKind.Ntk, false, 1, Rational.Of(5, 2)), 3);
            var peer = sizes.SlowPeers
                ? peers.RunPython("sympy", "expand.py", PeerScripts.SympyExpand, [depth.ToString(CultureInfo.InvariantCulture)], sizes.PeerTimeout)
                : PeerResult.Unavailable("skipped (--quick)");
            string ratio = peer.Seconds is { } s ? Ratio(s, ours, "SymPy/ours")
                : peer.Note.StartsWith("timed out", StringComparison.Ordinal) ? $"> {sizes.PeerTimeout.TotalSeconds / ours:0} (SymPy/ours, lower bound)" : "-";
            rows.Add(new("3 expand", $"FC-NTK depth {depth}, powers of (1-t) up to 5/2", Sec(ours), peer.Seconds is { } p ? Sec(p) : peer.Note, ratio));
        }
    }

    private void Spectrum(List<BenchRow> rows)
    {
        int k = sizes.SpectrumDegree;
        log.WriteLine($"bench: 4. Funk-Hecke mu_0..mu_{k}, d = 3");
        var (derivation, _) = KernelOptions.Derive("fc(layers=2)");
        var kernel = EvalBenchmark.Compile("fc(layers=2)", KernelKind.Ntk);
        Func<double, double> scalar = t => { Span<double> v = stackalloc double[1]; kernel.Evaluate([t], v); return v[0]; };
        MercerSpectrum? spectrum = null;
        double ours = Timing.MedianSeconds(() => spectrum = MercerSpectrum.OnSphere(scalar, 3, k), 3);
        double worst = spectrum!.Eigenvalues.Max(e => e.ErrorEstimate ?? 0);
        var peer = sizes.SlowPeers
            ? peers.RunPython("scipy", "funk_hecke.py", PeerScripts.ScipyFunkHecke, [k.ToString(CultureInfo.InvariantCulture)], sizes.PeerTimeout)
            : PeerResult.Unavailable("skipped (--quick)");
        _ = derivation;
        rows.Add(new("4 spectrum", $"FC-NTK L=2 on S^2, mu_0..mu_{k} (our max error estimate {worst:0.0e+0})", Sec(ours),
            peer.Seconds is { } p ? $"{Sec(p)} (scipy quad per k)" : peer.Note, Ratio(peer.Seconds, ours, "scipy/ours")));
    }

    /// <summary>(5) Build + simplify + compile of the ResNTK DAG, timed after one untimed warm-up at the same depth with
    /// another α (1/3): the JIT is then warm, but no node of the timed DAG exists yet (interning would otherwise make a
    /// repeat build nearly free). The first, cold run in the process is reported beside it.</summary>
    private void Dag(List<BenchRow> rows)
    {
        log.WriteLine("bench: 5. ResNTK DAG build + simplify + compile");
        foreach (int depth in sizes.DagDepths)
        {
            double cold = BuildSimplifyCompile(depth, "1/3", out _);
            double seconds = BuildSimplifyCompile(depth, "1/2", out int unique);
            rows.Add(new("5 dag", $"ResNTK L={depth} (alpha=1/2): build + simplify + compile, JIT warm (first run, alpha=1/3: {Sec(cold)})",
                Sec(seconds), $"{unique} unique nodes ({unique / (double)depth:0.0} per block)", "-"));
        }
    }

    private static double BuildSimplifyCompile(int depth, string alpha, out int unique)
    {
        int count = 0;
        double seconds = Timing.OnceSeconds(() =>
        {
            var (derivation, _) = KernelOptions.Derive($"resnet(blocks={depth}, alpha={alpha})");
            var kernel = derivation.Kernel(KernelKind.Ntk, false)!;
            var simplified = Simplifier.Simplify(kernel).Result;
            count = DagWalk.CountUnique(simplified);
            VectorizedFunction.Create(simplified, derivation.Variable);
        });
        unique = count;
        return seconds;
    }

    private static Layer Architecture(string spec) =>
        Symbolic.Kernels.Specs.ArchitectureParser.Parse(spec).Value ?? throw new InvalidOperationException($"bench spec {spec} does not parse");

    private static string Ns(double ns) => string.Create(CultureInfo.InvariantCulture, $"{ns:0.0} ns/eval");

    private static string Sec(double s) =>
        s < 1e-3 ? FormattableString.Invariant($"{s * 1e6:0.0} µs")
        : s < 1 ? FormattableString.Invariant($"{s * 1e3:0.0} ms")
        : FormattableString.Invariant($"{s:0.00} s");

    private static string PeerNs(PeerResult peer, int n, double ourChecksum) => peer.Seconds is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{s * 1e9 / n:0.0} ns/eval (checksum rel. diff {Math.Abs((peer.Checksum ?? double.NaN) - ourChecksum) / Math.Abs(ourChecksum):0.0e+0})")
        : peer.Note;

    private static string Ratio(double? numerator, double denominator, string what) =>
        numerator is { } a && double.IsFinite(a) ? string.Create(CultureInfo.InvariantCulture, $"{a / denominator:0.00} ({what})") : "-";
}
