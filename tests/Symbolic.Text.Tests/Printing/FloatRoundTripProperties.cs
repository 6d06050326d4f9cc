using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Testing;
using Symbolic.Text.Printing;

namespace Symbolic.Text.Tests.Printing;

/// <summary>Explicit floats print as <c>float(&lt;R digits&gt;)</c> and read back as the same node, wherever they sit.</summary>
public sealed class FloatRoundTripProperties
{
    [Property(Arbitrary = [typeof(FloatExprArbitrary)], MaxTest = 2000, Replay = "(1111,2223)")]
    public Property Expressions_with_floats_round_trip(Expr e)
    {
        var text = e.ToText();
        return ReferenceEquals(ExprParser.Parse(text).Value, e).Label(text);
    }

    [Fact]
    public void Float_in_scientific_notation_prints_as_text_and_latex()
    {
        var e = Float.Of(-1.5e-5) * Symbol.Of("x");
        Assert.Equal("-float(1.5E-05)*x", e.ToText());
        Assert.Equal(@"-1.5 \cdot 10^{-5} \cdot x", e.ToLatex());
    }
}

/// <summary>Generated expressions with explicit floats (from 10⁻³⁰ to 10³⁰, either sign) in sums, products, calls,
/// bases and exponents, so that overflowing float powers Core leaves unfolded are covered too.</summary>
public static class FloatExprArbitrary
{
    private static readonly Gen<Expr> s_float =
        Gen.Choose(-100_000, 100_000).SelectMany(_ => Gen.Choose(-30, 30), (m, e) => (Expr)Float.Of(m / 7.0 * Math.Pow(10, e)));

    /// <summary>Arbitrary instance for <see cref="Expr"/>.</summary>
    public static Arbitrary<Expr> Exprs() =>
        ExprArbitrary.Expression.SelectMany(_ => s_float, (e, f) => (e, f)).SelectMany(_ => Gen.Choose(0, 4), (p, k) => k switch
        {
            0 => p.e + p.f,
            1 => p.e * p.f,
            2 => Fn.Sin(p.f) - p.e,
            3 => p.e.Pow(p.f),
            _ => p.f.Pow(p.e),
        }).ToArbitrary();
}
