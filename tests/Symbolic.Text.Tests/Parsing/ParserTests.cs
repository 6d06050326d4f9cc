using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Text.Tests.Parsing;

/// <summary>Golden parses: grammar, precedence, exact literals, aliases, floats and where-lists.</summary>
public sealed class ParserTests
{
    private static readonly Symbol s_x = Symbol.Of("x"), s_y = Symbol.Of("y"), s_t = Symbol.Of("t");

    public static TheoryData<string, Expr> Cases => new()
    {
        { "-x^2", -s_x.Pow(2) },
        { "(-x)^2", s_x.Pow(2) },
        { "2^3^2", 512 },
        { "2**3**2", 512 },
        { "x^-2", s_x.Pow(-2) },
        { "2^-x^2", Number.Of(2).Pow(-s_x.Pow(2)) },
        { "a - b - c", Symbol.Of("a") - Symbol.Of("b") - Symbol.Of("c") },
        { "a/b/c", Symbol.Of("a") / (Symbol.Of("b") * Symbol.Of("c")) },
        { "--x", s_x },
        { "+x", s_x },
        { "1.5e-3", Number.Of(3, 2000) },
        { "0.1", Number.Of(1, 10) },
        { ".5", Number.Half },
        { "5.", 5 },
        { "2E+3", 2000 },
        { "12345678901234567890123", Number.Of(System.Numerics.BigInteger.Parse("12345678901234567890123")) },
        { "pi", Constant.Pi },
        { "π", Constant.Pi },
        { "e", Constant.E },
        { "e^x", Fn.Exp(s_x) },
        { "sqrt(1 - t^2)", Fn.Sqrt(1 - s_t.Pow(2)) },
        { "ln(x) + arccos(t) + sgn(y) + heaviside(x)", Fn.Log(s_x) + Fn.Acos(s_t) + Fn.Sign(s_y) + Fn.Heaviside(s_x) },
        { "max(x, y) - min(x,y)", Fn.Max(s_x, s_y) - Fn.Min(s_x, s_y) },
        { "float(0.3)", Float.Of(0.3) },
        { "float(-2.5)*x", Float.Of(-2.5) * s_x },
        { "float(1/3)", Float.Of(1.0 / 3) },
        { "float(pi)", Float.Of(Math.PI) },
        { "2·x − 1", 2 * s_x - 1 },
        { "x × y ÷ 2", s_x * s_y / 2 },
        { "x_1 + θ2", Symbol.Of("x_1") + Symbol.Of("θ2") },
        { "  x\n+\r\ny\t", s_x + s_y },
        { "(t*(pi - acos(t)) + sqrt(1 - t^2))/pi", (s_t * (Constant.Pi - Fn.Acos(s_t)) + Fn.Sqrt(1 - s_t.Pow(2))) / Constant.Pi },
        { "S1 + S1^2 where S1 = x + 1", (s_x + 1) + (s_x + 1).Pow(2) },
        { "S2 where S2 = S1^2, S1 = x + 1", (s_x + 1).Pow(2) },
        { "A*B where\n  A = x\n  B = y;", s_x * s_y },
        { "2^99999999", Number.Of(2).Pow(99999999) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_gives_the_canonical_expression(string text, Expr expected)
    {
        var result = ExprParser.Parse(text);
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.Same(expected, result.Value);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Huge_power_stays_symbolic()
    {
        var value = ExprParser.Parse("2^99999999").Value;
        Assert.IsType<Power>(value);
        Assert.Same(Number.Of(2).Pow(99999999) * s_x, ExprParser.Parse("x*2^99999999").Value);
    }

    [Fact]
    public void Float_literal_reads_back_bit_for_bit()
    {
        foreach (var value in new[] { 0.1, -1e-300, 1.7976931348623157e308, 5e-324, Math.PI, -0.0 })
        {
            string text = $"float({value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})";
            var parsed = Assert.IsType<Float>(ExprParser.Parse(text).Value);
            Assert.Equal(BitConverter.DoubleToInt64Bits(value == 0 ? 0 : value), BitConverter.DoubleToInt64Bits(parsed.Value));
        }
    }

    [Fact]
    public void Long_flat_sum_binds_in_linear_time()
    {
        // Bound pairwise, 5000 distinct terms would re-sort a growing sum 5000 times; the binder adds them at once.
        string text = string.Join(" + ", Enumerable.Range(0, 5000).Select(i => $"x{i}"));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var result = ExprParser.Parse(text);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"took {stopwatch.Elapsed}");
        Assert.Equal(5000, Assert.IsType<Sum>(result.Value).Terms.Length);
    }

    [Fact]
    public void Definitions_document_gives_roots_in_written_order()
    {
        var result = ExprParser.ParseDefinitions("Theta = K*t + S1\nK = S1^2\nwhere\n  S1 = sqrt(1 - t^2)");
        Assert.True(result.Success, string.Join('\n', result.Diagnostics));
        Assert.Equal(["Theta", "K"], result.Definitions.Select(d => d.Name));
        var s1 = Fn.Sqrt(1 - s_t.Pow(2));
        Assert.Same(s1.Pow(2), result["K"]);
        Assert.Same(s1.Pow(2) * s_t + s1, result["Theta"]);
    }

    [Fact]
    public void Syntax_tree_keeps_spans()
    {
        var tree = Syntax.SyntaxTree.Parse("sin(x) + 2");
        var sum = Assert.IsType<Syntax.BinarySyntax>(tree.Root.Expression);
        Assert.Equal(new Syntax.TextSpan(0, 10), sum.Span);
        Assert.Equal(new Syntax.TextSpan(0, 6), Assert.IsType<Syntax.CallSyntax>(sum.Left).Span);
        Assert.Equal(new Syntax.TextSpan(9, 1), sum.Right.Span);
    }
}
