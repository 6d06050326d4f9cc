using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Printing;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests;

public sealed class Scratch
{
    [Fact]
    public void Dump()
    {
        var t = Kernels.T;
        var sb = new System.Text.StringBuilder();
        void Show(string label, Expr e) { sb.AppendLine($"== {label}"); sb.AppendLine(e.ToText()); sb.AppendLine(e.ToLatex()); var r = ExprParser.Parse(e.ToText()); sb.AppendLine($"roundtrip: {ReferenceEquals(r.Value, e)} {r}"); }
        Show("k0", Kernels.Kappa0(t));
        Show("k1", Kernels.Kappa1(t));
        Show("ntk2", Kernels.ReluNtk(2).Ntk);
        Show("ntk3", Kernels.ReluNtk(3).Ntk);
        Show("x2", t.Pow(2) + 2 * t + 1);
        Show("erf", Fn.Erf(t / Fn.Sqrt(2)) * Fn.Exp(-t.Pow(2) / 2));
        Show("tower", Number.Of(2).Pow(Symbol.Of("x").Pow(Symbol.Of("y"))));
        Show("neg", -(t + 1) / (2 * Constant.Pi));
        var (k, th) = Kernels.ReluNtk(4);
        sb.AppendLine(TextPrinter.PrintDefinitions([("K", k), ("Theta", th)]));
        sb.AppendLine(LatexPrinter.PrintDefinitions([("K", k), (@"\Theta", th)]));
        var (k20, th20) = Kernels.ReluNtk(20);
        sb.AppendLine($"depth20 text {th20.ToText().Length} latex {th20.ToLatex().Length}");
        File.WriteAllText("/tmp/text-scratch.txt", sb.ToString());
    }
}
