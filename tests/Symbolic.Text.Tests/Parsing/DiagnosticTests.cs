namespace Symbolic.Text.Tests.Parsing;

/// <summary>User errors come back as <c>line:column: message</c> diagnostics, never as exceptions.</summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string, string> Errors => new()
    {
        { "sin(x 1)", "1:7: expected ')'" },
        { "sin(x + 1", "1:10: expected ')'" },
        { "(x 1)", "1:4: expected ')'" },
        { "x $ y", "1:3: unexpected character '$' (U+0024)" },
        { "x + 😀", "1:5: unexpected character '😀' (U+1F600)" },
        { "", "1:1: expected an expression" },
        { "   ", "1:4: expected an expression" },
        { "x +", "1:4: expected an expression" },
        { "x y", "1:3: unexpected 'y'" },
        { "x)", "1:2: unexpected ')'" },
        { "2 * * 3", "1:5: expected an expression but found '*'" },
        { "x\n  + )", "2:5: expected an expression but found ')'" },
        { "x\r\ny\r\n", "2:1: unexpected 'y'" },
        { "sin(1, 2)", "1:1: sin takes 1 argument(s), got 2" },
        { "sqrt()", "1:1: sqrt takes 1 argument, got 0" },
        { "sin + 1", "1:1: 'sin' is a function: write sin(…)" },
        { "NaN", "1:1: 'NaN' is not a number: expressions hold exact or finite values only" },
        { "-Infinity", "1:2: 'Infinity' is not a number: expressions hold exact or finite values only" },
        { "float(x)", "1:7: float(…) needs a constant argument (no symbols)" },
        { "float(1e999)", "1:7: float(…) is not a finite number (Infinity)" },
        { "float(1, 2)", "1:1: float takes 1 argument, got 2" },
        { "1e99999", "1:1: numeric literal '1e99999' is out of range (decimal exponents are limited to ±4096)" },
        { "S1 where S1 = S1 + 1", "1:10: 'S1' is defined in terms of itself (S1 → S1)" },
        { "A where A = B, B = C + 1, C = A^2", "1:9: 'A' is defined in terms of itself (A → B → C → A)" },
        { "x where pi = 3", "1:9: cannot define 'pi': it is a constant" },
        { "x where exp = 3", "1:9: cannot define 'exp': it is a function" },
        { "x where a = 1, a = 2", "1:16: 'a' is defined twice" },
        { "x where", "1:8: expected a definition 'name = expression' after 'where'" },
        { "x where y", "1:9: expected a definition 'name = expression' after 'where'" },
        { "where", "1:1: expected an expression but found 'where'" },
        { "K = x", "1:1: expected an expression, found definitions 'name = …' (read them with ParseDefinitions)" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Error_is_reported_with_its_position(string text, string expected)
    {
        var result = ExprParser.Parse(text);
        Assert.False(result.Success);
        Assert.Null(result.Value);
        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Unknown_function_lists_the_known_ones()
    {
        var diagnostic = Assert.Single(ExprParser.Parse("1 + foo(x)").Diagnostics);
        Assert.StartsWith("1:5: unknown function 'foo' (known: abs, acos, arccos, arcsin, arctan, asin, atan, cos,", diagnostic.ToString());
        Assert.Contains("float", diagnostic.Message);
        Assert.Contains("sqrt", diagnostic.Message);
        Assert.Equal(new Syntax.TextSpan(4, 3), diagnostic.Span);
    }

    [Fact]
    public void Definitions_parser_rejects_an_expression()
    {
        var result = ExprParser.ParseDefinitions("x + 1");
        Assert.False(result.Success);
        Assert.Equal("1:1: expected definitions 'name = expression', found an expression", Assert.Single(result.Diagnostics).ToString());
    }
}
