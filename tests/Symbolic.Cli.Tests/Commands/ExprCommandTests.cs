using System.Text.Json;

namespace Symbolic.Cli.Tests.Commands;

public sealed class ExprCommandTests
{
    private const string Kappa1 = "(t*(pi-acos(t))+sqrt(1-t^2))/pi";

    [Fact]
    public void Diff_of_kappa1_is_kappa0()
    {
        var (exit, output, _) = CliRunner.Run("expr", "diff", Kappa1, "--var", "t");
        Assert.Equal(0, exit);
        Assert.Equal("1 - acos(t)/pi", output.Trim());
        Assert.Equal("(pi - acos(t))/pi", CliRunner.Run("expr", "diff", Kappa1, "--var", "t", "--raw").Out.Trim());
    }

    [Fact]
    public void Json_has_input_result_and_latex()
    {
        var (exit, output, _) = CliRunner.Run("expr", "diff", Kappa1, "--var", "t", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(Kappa1, doc.RootElement.GetProperty("input").GetString());
        Assert.Equal("1 - acos(t)/pi", doc.RootElement.GetProperty("result").GetString());
        Assert.Equal(@"1 - \frac{\arccos\left(t\right)}{\pi}", doc.RootElement.GetProperty("latex").GetString());
    }

    [Fact]
    public void Simplify_applies_the_inverse_trig_and_exact_value_rules()
    {
        var (exit, output, _) = CliRunner.Run("expr", "simplify", "sin(acos(x)) + acos(1) + cos(acos(x)) - acos(-1)/pi");
        Assert.Equal(0, exit);
        Assert.Equal("sqrt(1 - x^2) + x - 1", output.Trim());
    }

    [Fact]
    public void Latex_prints_the_formula()
    {
        var (exit, output, _) = CliRunner.Run("expr", "latex", Kappa1);
        Assert.Equal(0, exit);
        Assert.Equal(@"\frac{t \left(\pi - \arccos\left(t\right)\right) + \sqrt{1 - t^{2}}}{\pi}", output.Trim());
    }

    [Fact]
    public void Eval_uses_the_bindings()
    {
        var (exit, output, _) = CliRunner.Run("expr", "eval", Kappa1, "--at", "t=0.3");
        Assert.Equal(0, exit);
        Assert.Equal(0.48274428383548762163, double.Parse(output, System.Globalization.CultureInfo.InvariantCulture), 15);
        using var doc = JsonDocument.Parse(CliRunner.Run("expr", "eval", "x*y", "--at", "x=2", "--at", "y=0.5", "--format", "json").Out);
        Assert.Equal(1, doc.RootElement.GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("1:10: expected ')'", "expr", "eval", "sin(x + 1")]
    [InlineData("no value for x", "expr", "eval", "x + 1")]
    [InlineData("not a finite number", "expr", "eval", "x", "--at", "x=abc")]
    [InlineData("NAME=VALUE", "expr", "eval", "x", "--at", "x")]
    [InlineData("unknown function 'foo'", "expr", "simplify", "foo(x)")]
    [InlineData("'xml' not recognized", "expr", "simplify", "x", "--format", "xml")]
    [InlineData("Unrecognized command", "expr", "bogus")]
    [InlineData("--var", "expr", "diff", "x")]
    [InlineData("not a symbol name", "expr", "diff", "x", "--var", "2x")]
    public void User_errors_exit_2_with_one_line(string expected, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains(expected, error);
        Assert.DoesNotContain("   at ", error);   // no stack trace
        Assert.StartsWith("error: ", error);
    }
}
