using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Printing;

namespace Symbolic.Text.Tests.Support;

/// <summary>The formulas whose LaTeX is pinned in Golden/*.tex (and compiled by the pdflatex test).</summary>
internal static class GoldenFormulas
{
    private static readonly Symbol s_t = Kernels.T, s_x = Symbol.Of("x"), s_y = Symbol.Of("y"), s_z = Symbol.Of("z");

    /// <summary>Name → LaTeX, in a fixed order.</summary>
    public static IReadOnlyList<(string Name, Func<string> Latex)> All { get; } =
    [
        ("kappa0", () => Kernels.Kappa0(s_t).ToLatex()),
        ("kappa1", () => Kernels.Kappa1(s_t).ToLatex()),
        ("ntk-two-layer", () => Kernels.ReluNtk(2).Ntk.ToLatex()),
        // The erf activation's pieces: erf(x/√2)·e^(−x²/2)/√(2π), and its arcsine NNGP (2/π)·asin(2t/√((1+2x)(1+2y))).
        ("erf", () => (Fn.Erf(s_x / Fn.Sqrt(2)) * Fn.Exp(-s_x.Pow(2) / 2) / Fn.Sqrt(2 * Constant.Pi)).ToLatex()),
        ("erf-nngp", () => (2 / Constant.Pi * Fn.Asin(2 * s_t / Fn.Sqrt((1 + 2 * s_x) * (1 + 2 * s_y)))).ToLatex()),
        ("power-tower", () => (Number.Of(2).Pow(s_x.Pow(s_y.Pow(s_z))) + (1 + s_x).Pow(Number.Of(-3, 2)) + s_x.Pow(Number.Of(1, 3))).ToLatex()),
        ("shared-ntk-three-layer", () => Kernels.ReluNtk(3).Ntk.ToLatex()),
        ("definitions-depth-four", () =>
        {
            var (nngp, ntk) = Kernels.ReluNtk(4);
            return LatexPrinter.PrintDefinitions([("K", nngp), (@"\Theta", ntk)]);
        }),
        ("misc", () => (Float.Of(1.5e-5) * s_x + Fn.Abs(s_x - 1) + Fn.Max(Symbol.Of("theta1"), Symbol.Of("sigma_w"))
                        - Fn.Heaviside(s_y) * Fn.Sign(s_z) + Number.Of(3).Pow(s_x) * 2 - Number.Of(-8).Pow(Number.Of(1, 3))
                        + Number.Of(21, 10) / (s_y - s_x) + Fn.Log(Symbol.Of("var"))).ToLatex()),
    ];
}
