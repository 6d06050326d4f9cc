using System.Diagnostics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Text.Printing;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests.Printing;

/// <summary>DAG-aware printing: deep and heavily shared kernels print in linear size, with bounded recursion, and read back.</summary>
public sealed class DeepDagPrintingTests
{
    private static readonly Symbol s_x = Symbol.Of("x");

    [Fact]
    public void Depth_20_relu_ntk_prints_in_kilobytes()
    {
        var (_, theta) = Kernels.ReluNtk(20);
        string text = theta.ToText();
        string latex = theta.ToLatex();
        Assert.InRange(text.Length, 100, 10_000);    // as a tree it would be ~5·10¹⁰ nodes
        Assert.InRange(latex.Length, 100, 30_000);
        Assert.Same(theta, ExprParser.Parse(text).Value);
    }

    [Theory]
    [InlineData(50)]
    [InlineData(1000)]
    public void Relu_ntk_prints_with_bounded_recursion_and_reads_back(int depth)
    {
        var (sigma, theta) = Kernels.ReluNtk(depth);
        Assert.True(theta.Depth > 3 * depth, $"depth {theta.Depth}");   // genuinely deep: a naive recursive printer would need thousands of frames
        var (text, latex, definitions) = StackLimited.Run(() => (
            theta.ToText(),
            theta.ToLatex(),
            TextPrinter.PrintDefinitions([("K", sigma), ("Theta", theta)])));
        Assert.InRange(text.Length, 1, 400 * depth);   // linear in depth
        Assert.InRange(latex.Length, 1, 1200 * depth);
        Assert.True(MaxParenthesisNesting(text) <= 3 * PrintOptions.MaxInlineDepthLimit);

        Assert.Same(theta, ExprParser.Parse(text).Value);
        var both = ExprParser.ParseDefinitions(definitions);
        Assert.True(both.Success, string.Join('\n', both.Diagnostics));
        Assert.Same(sigma, both["K"]);
        Assert.Same(theta, both["Theta"]);
        Assert.Contains(" + K", definitions.Split('\n').Single(l => l.StartsWith("Theta = ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Chain_5000_deep_prints_without_overflow_and_reads_back()
    {
        Expr e = s_x;
        for (int i = 0; i < 5000; i++) e = Fn.Sqrt(1 + Fn.Sin(e).Pow(2));
        Assert.True(e.Depth > 20_000);
        var stopwatch = Stopwatch.StartNew();
        var (text, latex) = StackLimited.Run(() => (e.ToText(), e.ToLatex()));
        Assert.InRange(text.Length, 1, 5000 * 60);
        Assert.InRange(latex.Length, 1, 5000 * 150);
        Assert.Same(e, StackLimited.Run(() => ExprParser.Parse(text).Value, 1024 * 1024));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Chain_x_to_sqrt_of_one_plus_x_squared_collapses_canonically_and_prints_flat()
    {
        // √(1 + x²) composed with itself: (√s)² = s, so the 5000-fold composition is √(5000 + x²) in canonical form.
        Expr e = s_x;
        for (int i = 0; i < 5000; i++) e = Fn.Sqrt(1 + e.Pow(2));
        Assert.Equal("sqrt(x^2 + 5000)", e.ToText());
        Assert.Equal(@"\sqrt{x^{2} + 5000}", e.ToLatex());
    }

    [Fact]
    public void Max_inline_depth_bounds_nesting_of_every_printed_line()
    {
        Expr e = s_x;
        for (int i = 0; i < 300; i++) e = Fn.Acos(e / 2 + Fn.Exp(e) * (i + 1));
        var options = new TextOptions { MaxInlineDepth = 6, ShareThreshold = int.MaxValue };
        string text = e.ToText(options);
        foreach (var line in text.Split('\n')) Assert.True(MaxParenthesisNesting(line) <= 2 * 6, line);
        Assert.Same(e, ExprParser.Parse(text).Value);
    }

    public static TheoryData<string> Chains => ["power", "fraction", "call", "negated root"];

    [Theory]
    [MemberData(nameof(Chains))]
    public void Largest_inline_depth_still_reads_back_within_the_parser_nesting_limit(string chain)
    {
        Func<Expr, Expr> step = chain switch
        {
            "power" => e => Number.Of(2).Pow(e) + s_x,
            "fraction" => e => 1 / (1 + e) - s_x,
            "call" => e => Fn.Max(-Fn.Sin(e), 1 + Fn.Sqrt(e).Pow(s_x)),
            _ => e => -Fn.Sqrt(s_x - 2 * e).Pow(Number.Of(-3, 2)) * Constant.Pi,
        };
        Expr e = s_x;
        for (int i = 0; i < 400; i++) e = step(e);
        var options = new TextOptions { MaxInlineDepth = PrintOptions.MaxInlineDepthLimit, ShareThreshold = int.MaxValue };
        var parsed = ExprParser.Parse(e.ToText(options));
        Assert.True(parsed.Success, parsed.ToString());
        Assert.Same(e, parsed.Value);
    }

    [Fact]
    public void Shared_subexpressions_are_defined_before_use()
    {
        var (_, theta) = Kernels.ReluNtk(6);
        var lines = theta.ToText().Split('\n');
        Assert.Equal("where", lines[1]);
        var defined = new HashSet<string>();
        foreach (var line in lines[2..])
        {
            var parts = line.Trim().Split(" = ", 2);
            foreach (var used in System.Text.RegularExpressions.Regex.Matches(parts[1], @"\bS\d+\b").Select(m => m.Value))
                Assert.Contains(used, defined);
            defined.Add(parts[0]);
        }
    }

    [Fact]
    public void Name_prefix_avoids_symbols_that_look_like_names()
    {
        var s1 = Symbol.Of("S1");
        var shared = Fn.Sqrt(1 - s1.Pow(2)) + Fn.Acos(s1);
        var e = Fn.Sin(shared) * Fn.Cos(shared);
        string text = e.ToText();
        Assert.Contains("S_1 = ", text);
        Assert.Same(e, ExprParser.Parse(text).Value);
    }

    private static int MaxParenthesisNesting(string text)
    {
        int depth = 0, max = 0;
        foreach (char c in text)
        {
            if (c == '(') max = Math.Max(max, ++depth);
            else if (c == ')') depth--;
        }
        return max;
    }
}
