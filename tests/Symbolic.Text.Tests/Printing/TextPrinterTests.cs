using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Printing;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests.Printing;

/// <summary>Golden plain-text output: fractions, roots, signs, term order and minimal parentheses.</summary>
public sealed class TextPrinterTests
{
    private static readonly Symbol s_x = Symbol.Of("x"), s_y = Symbol.Of("y"), s_z = Symbol.Of("z"), s_t = Kernels.T;

    public static TheoryData<Expr, string> Cases => new()
    {
        { Kernels.Kappa0(s_t), "1 - acos(t)/pi" },
        { Kernels.Kappa1(s_t), "(t*(pi - acos(t)) + sqrt(1 - t^2))/pi" },
        { Kernels.ReluNtk(2).Ntk, "t*(1 - acos(t)/pi) + (t*(pi - acos(t)) + sqrt(1 - t^2))/pi" },
        { s_x.Pow(Number.Of(-1, 2)), "1/sqrt(x)" },
        { s_x.Pow(-2), "1/x^2" },
        { s_x.Pow(Number.Of(-3, 2)) * s_y, "y/x^(3/2)" },
        { s_x / (s_y * s_z.Pow(2)), "x/(y*z^2)" },
        { 1 / (s_x * s_y), "1/(x*y)" },
        { -s_x.Pow(2), "-x^2" },
        { 2 * s_x / 3, "2*x/3" },
        { s_x / (2 * Constant.Pi), "x/(2*pi)" },
        { -(s_x + 1) / (2 * Constant.Pi), "(-x - 1)/(2*pi)" },
        { Number.Of(-21, 10) / (s_y - s_x), "-21/10*1/(y - x)" },
        { (s_x + 1).Pow(2), "(x + 1)^2" },
        { s_x.Pow(2) + 2 * s_x + 1, "x^2 + 2*x + 1" },
        { s_x - s_y + 3, "x + 3 - y" },
        { -s_x - 1, "-x - 1" },
        { Number.Of(-8).Pow(Number.Of(1, 3)), "(-8)^(1/3)" },
        { s_x.Pow(Number.Of(1, 3)), "x^(1/3)" },
        { Number.Zero.Pow(Number.Of(-1, 2)), "0^(-1/2)" },
        { Number.Of(2).Pow(s_x.Pow(s_y)), "2^(x^y)" },
        { Fn.Sqrt(s_x).Pow(s_y), "sqrt(x)^y" },
        { s_x.Pow(s_y).Pow(s_z), "(x^y)^z" },
        { s_x.Pow(-s_y), "1/x^y" },
        { s_x.Pow(-2 * s_y), "1/x^(2*y)" },
        { Fn.Exp(-s_x.Pow(2) / 2), "exp(-x^2/2)" },
        { Constant.E.Pow(s_x), "exp(x)" },
        { Fn.Max(s_x, -s_y) + Fn.Heaviside(s_z) + Fn.Abs(s_x), "abs(x) + step(z) + max(x, -y)" },
        { Number.Of(2) * Number.Of(3).Pow(s_x) * Constant.Pi * s_y, "2*pi*y*3^x" },
        { Number.Of(3, 4), "3/4" },
        { Number.Of(-3, 4), "-3/4" },
        { Fn.Sqrt(2) / 2, "sqrt(2)/2" },
        { Float.Of(0.1) + s_x, "x + float(0.1)" },
        { Float.Of(-2.5).Pow(s_x), "(-float(2.5))^x" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Prints_and_reads_back(Expr e, string expected)
    {
        Assert.Equal(expected, e.ToText());
        Assert.Same(e, ExprParser.Parse(expected).Value);
    }

    [Fact]
    public void Where_list_follows_the_expression()
    {
        var s = Kernels.Kappa1(s_t);
        var e = Kernels.Kappa1(s);
        Assert.Equal(
            "(S1*(pi - acos(S1/pi))/pi + sqrt(1 - S1^2/pi^2))/pi\nwhere\n  S1 = t*(pi - acos(t)) + sqrt(1 - t^2)",
            e.ToText());
    }

    [Fact]
    public void Share_threshold_controls_naming()
    {
        var a = Fn.Acos(s_t);
        var e = a * Fn.Sin(a);
        Assert.Equal("sin(acos(t))*acos(t)", e.ToText());
        Assert.Equal("S1*sin(S1)\nwhere\n  S1 = acos(t)", e.ToText(new TextOptions { ShareThreshold = 2 }));
        Assert.Equal("A1*sin(A1)\nwhere\n  A1 = acos(t)", e.ToText(new TextOptions { ShareThreshold = 2, NamePrefix = "A" }));
    }

    [Fact]
    public void Invalid_name_prefix_is_a_programmer_error() =>
        Assert.Throws<ArgumentException>(() => s_x.ToText(new TextOptions { NamePrefix = "1x" }));
}
