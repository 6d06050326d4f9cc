using System.Diagnostics;
using Symbolic.Spectral.MultiSphere;
using Xunit.Abstractions;

namespace Symbolic.Spectral.Tests.MultiSphere;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var sw = Stopwatch.StartNew();
        foreach (var (res, kind, L) in new[] { (true, ConvKernelKind.Gp, 2), (true, ConvKernelKind.Ntk, 2), (false, ConvKernelKind.Gp, 2), (false, ConvKernelKind.Ntk, 2) })
        {
            var net = new CanonicalConvNet(res, kind, 4, 3, L);
            double[] t = [0.980066577841242, 0.621609968270664, 0.621609968270665, 0.696706709347165];
            output.WriteLine($"{net.Name} {net.Evaluate(t) * net.Diagonal:R}");
        }
        foreach (var (res, emb, ro) in new[] { (false, false, true) })
        {
            var net = new CanonicalConvNet(res, ConvKernelKind.Ntk, 5, 3, 2, 1, emb, ro);
            var spec = TorusSpectrum.Compute(net.EqKernel(), 5, 2, 24);
            double R(int[] a, int[] b) => spec[a] / spec[b];
            output.WriteLine($"{net.Name} {emb} {ro} {net.Diagonal} {R([1,1,0,0,0],[1,0,1,0,0]):F4} {R([0,0,1,0,0],[0,1,0,0,0]):F4} {R([1,1,0,0,0],[0,1,0,1,0]):F4} e0:e1:e2 {R([1,0,0,0,0],[0,1,0,0,0]):F4} {R([0,0,1,0,0],[0,1,0,0,0]):F6} lam0 {spec[0,0,0,0,0]:F4} err {spec.Error(1,1,0,0,0)/spec[1,1,0,0,0]:E2} {spec.Error(0,1,0,1,0)/spec[0,1,0,1,0]:E2} {sw.ElapsedMilliseconds}ms");
        }
    }
}
