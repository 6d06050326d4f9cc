using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Text.Printing;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests.Parsing;

/// <summary>Any string gives a value or diagnostics, never an exception, a hang or a stack overflow.</summary>
public sealed class HostileInputTests
{
    [Property(Arbitrary = [typeof(HostileTextArbitrary)], MaxTest = 2000, Replay = "(97531,86421)")]
    public Property Random_text_gives_a_value_or_positioned_diagnostics(HostileText input)
    {
        var result = ExprParser.Parse(input.Value);
        bool consistent = result.Success ? result.Diagnostics.IsEmpty : result.Diagnostics.Length == 1;
        bool inside = result.Diagnostics.All(d => d.Span.Start >= 0 && d.Span.End <= input.Value.Length && d.Line >= 1 && d.Column >= 1);
        // Whatever parses also survives printing and re-parsing as the same object.
        bool roundTrips = !result.Success || ReferenceEquals(ExprParser.Parse(result.Value.ToText()).Value, result.Value);
        return (consistent && inside && roundTrips).Label(result.ToString());
    }

    [Property(Arbitrary = [typeof(HostileTextArbitrary)], MaxTest = 500, Replay = "(13579,24681)")]
    public bool Random_text_never_breaks_the_definitions_parser(HostileText input)
    {
        var result = ExprParser.ParseDefinitions(input.Value);
        return result.Success != result.Diagnostics.Any();
    }

    public static TheoryData<string, string> Monsters => new()
    {
        { "nested parentheses", new string('(', 100_000) + "x" + new string(')', 100_000) },
        { "unclosed parentheses", new string('(', 100_000) },
        { "signs", new string('-', 100_000) + "x" },
        { "power tower", string.Concat(Enumerable.Repeat("x^", 100_000)) + "x" },
        { "nested calls", string.Concat(Enumerable.Repeat("sin(", 100_000)) + "x" + new string(')', 100_000) },
        { "identifier", new string('a', 1_000_000) },
        { "literal", new string('9', 1_000_000) },
        { "exponent", "1e" + new string('9', 100_000) },
        { "garbage", new string('$', 1_000_000) },
        { "flat sum", string.Concat(Enumerable.Repeat("x+", 200_000)) + "x" },
        { "flat product", string.Concat(Enumerable.Repeat("x*", 200_000)) + "x" },
        { "definitions", "S0 where " + string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"S{i} = S{i + 1} + 1")) + " S20000 = x" },
    };

    [Theory]
    [MemberData(nameof(Monsters))]
    public void Huge_input_answers_quickly(string label, string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = StackLimited.Run(() => ExprParser.Parse(text), 1024 * 1024);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"{label}: took {stopwatch.Elapsed}");
        Assert.True(result.Success != result.Diagnostics.Any(), label);
    }

    [Theory]
    [InlineData("nested parentheses", 100_000, "expression nested too deeply (more than 200 levels)")]
    [InlineData("identifier", 1_000_000, "identifier too long (1000000 characters; at most 256)")]
    [InlineData("literal", 1_000_000, "numeric literal too long (1000000 characters; at most 20000)")]
    public void Oversized_input_is_refused_with_a_reason(string kind, int size, string message)
    {
        string text = kind switch
        {
            "nested parentheses" => new string('(', size) + "x" + new string(')', size),
            "identifier" => new string('a', size),
            _ => new string('9', size),
        };
        Assert.Equal(message, Assert.Single(ExprParser.Parse(text).Diagnostics).Message);
    }

    [Theory]
    [InlineData("2^99999999")]
    [InlineData("99999^99999^99999")]
    [InlineData("(2^99999999)^99999999")]
    [InlineData("8^(1/99999999)")]
    [InlineData("(x + 1)^99999999")]
    [InlineData("1.5^99999999 - 0.5^99999999")]
    [InlineData("(-1)^(1/2) + 0^(-1) + 1/0")]
    public void Huge_exact_powers_stay_symbolic_and_fast(string text)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = ExprParser.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        Assert.Same(result.Value, ExprParser.Parse(result.Value.ToText()).Value);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Inf")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("float(NaN)")]
    [InlineData("float(1/0)")]
    [InlineData("x\0")]
    [InlineData("\uFEFFx")]
    [InlineData("x + \uD800")]
    [InlineData("\u202Ex")]
    public void Non_finite_words_and_odd_characters_are_diagnosed(string text) =>
        Assert.Single(ExprParser.Parse(text).Diagnostics);

    [Fact]
    public void Unicode_letters_are_symbols()
    {
        var result = ExprParser.Parse("é + Σ_1 * ß");
        Assert.True(result.Success, result.ToString());
        Assert.Same(Symbol.Of("é") + Symbol.Of("Σ_1") * Symbol.Of("ß"), result.Value);
    }
}
