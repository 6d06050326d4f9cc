using Symbolic.Compilation;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Compilation.Tests;

public sealed class DeepDagTests
{
    private static readonly Symbol t = Symbol.Of("t");
    private static readonly double[] s_points = [-1, -0.9, -0.5, 0, 0.3, 0.9, 0.99, 1];

    [Fact]
    public void Depth_50_ntk_dag_has_fewer_than_1000_unique_nodes() =>
        Assert.InRange(DagWalk.CountUnique(FcReluNtk.Build(t, 50).Theta), 1, 999);

    [Fact]
    public void Depth_1000_ntk_compiles_and_matches_a_double_recursion_on_a_small_stack()
    {
        // Compile and run on a thread with a 1 MiB stack: a nested LINQ tree of depth 10⁴ would not fit.
        var (sigma, theta) = FcReluNtk.Build(t, 1000);
        Assert.True(theta.Depth > 4_000, $"depth {theta.Depth}");
        double[] compiled = new double[s_points.Length];
        Exception? failure = null;
        var worker = new Thread(() =>
        {
            try { theta.CompileFunction(t).Evaluate(s_points, compiled); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 1 << 20);
        worker.Start();
        worker.Join();
        Assert.Null(failure);
        for (int i = 0; i < s_points.Length; i++)
        {
            // Bitwise equal to the interpreter; against the textbook recursion only within the conditioning of the
            // depth (see the next test: ≈ 1.3·10⁻⁹ relative at L = 1000, so 10⁻⁷ leaves margin, not slack).
            Assert.Equal(Evaluator.Evaluate(theta, t, s_points[i]), compiled[i]);
            double expected = NaiveRecursion(s_points[i], 1000);
            Assert.True(Tolerance.Close(expected, compiled[i], 1e-7, 0), $"t = {s_points[i]}: {compiled[i]:R} vs {expected:R}");
        }
        Assert.Equal(Evaluator.Evaluate(sigma, t, 0.3), sigma.Compile<Func<double, double>>(t)(0.3));
    }

    [Fact]
    public void Naive_recursion_agrees_within_the_conditioning_of_the_depth()
    {
        // Same formula, different rounding (κ₀ = 1 − acos(Σ)/π divided, not multiplied by π⁻¹): near Σ → 1 the
        // acos slope 1/√(1 − Σ²) amplifies rounding, measured ≈ 1.3·10⁻⁹ relative at L = 1000 and ≈ 3·10⁻¹⁴ at L = 50.
        foreach (var (layers, tolerance) in new[] { (50, 1e-12), (1000, 1e-7) })
        {
            var f = FcReluNtk.Build(t, layers).Theta.Compile<Func<double, double>>(t);
            foreach (var v in s_points)
                Assert.True(Tolerance.Close(NaiveRecursion(v, layers), f(v), tolerance, 0), $"L = {layers}, t = {v}");
        }
    }

    [Theory]
    [InlineData(2, -0.5, 0.10899778104422935809, -0.057668885622437308578)]
    [InlineData(2, 0.3, 0.48274428383548762163, 0.66184028904169110879)]
    [InlineData(3, 0, 0.49373109020037154850, 0.68570863628294249174)]
    [InlineData(3, 0.9, 0.91774114422924261466, 2.3688136627182647773)]
    public void Compiled_kernels_match_reference_values(int layers, double at, double nngp, double ntk)
    {
        // fc-resnet.md §9.2 (mpmath values).
        var (sigma, theta) = FcReluNtk.Build(t, layers);
        Assert.True(Tolerance.Close(nngp, sigma.Compile<Func<double, double>>(t)(at), 1e-14, 1e-16));
        Assert.True(Tolerance.Close(ntk, theta.Compile<Func<double, double>>(t)(at), 1e-14, 1e-16));
    }

    [Fact]
    public void Ntk_at_one_equals_depth() =>
        Assert.Equal(1000, FcReluNtk.Build(t, 1000).Theta.Compile<Func<double, double>>(t)(1), 9);

    // The textbook recursion: κ₀ = 1 − acos(s)/π, κ₁ = (s(π − acos s) + √(1 − s²))/π.
    private static double NaiveRecursion(double t, int layers)
    {
        double s = t, theta = t;
        for (int l = 2; l <= layers; l++)
        {
            double k0 = 1 - Math.Acos(s) / Math.PI, k1 = (s * (Math.PI - Math.Acos(s)) + Math.Sqrt(1 - s * s)) / Math.PI;
            (theta, s) = (theta * k0 + k1, k1);
        }
        return theta;
    }
}
