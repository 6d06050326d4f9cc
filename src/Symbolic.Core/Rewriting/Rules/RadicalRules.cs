using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Radicals and powers of powers beyond what the canonical <see cref="Algebra.Algebra.Pow"/> already does (it merges
/// (xᵃ)ⁿ for integer n and for a with an even denominator). Unconditional rules hold for every real x; the others
/// state their condition in their name and fire only when it is established.
/// </summary>
/// <remarks>
/// (x²)^½ = |x| always; with x ≥ 0 known, <see cref="AbsSignRules.AbsOfKnownSign"/> then gives x. The
/// rule √(c²·y) = |c|·√y needs y ≥ 0: at c = 0, y &lt; 0 the left side is 0 and the right side undefined.
/// </remarks>
public static class RadicalRules
{
    /// <summary>(x^(2k))^q = |x|^(2kq) for every real x, a nonzero integer k and a non-integer rational q;
    /// in particular √(x²) = |x|.</summary>
    public static readonly Rule RootOfEvenPower = new("root-of-even-power", "(x^(2k))^q = |x|^(2kq); √(x²) = |x|", e =>
        e is Power(Power(var x, Number { Value: var n }), Number { Value: { IsInteger: false } q }) && Patterns.IsEvenNonzeroInteger(n)
            ? Fn.Abs(x).Pow(Number.Of(n * q)) : null);

    /// <summary>|x|^(2k) = x^(2k) for every real x and nonzero integer k.</summary>
    public static readonly Rule AbsEvenPower = new("abs-even-power", "|x|^(2k) = x^(2k)", e =>
        e is Power(Call(FunctionId.Abs, [var x]), Number { Value: var n }) && Patterns.IsEvenNonzeroInteger(n)
            ? x.Pow(Number.Of(n)) : null);

    /// <summary>(x^a)^b = x^(ab) for x ≥ 0.</summary>
    public static readonly Rule PowerOfPowerNonnegative = new("power-of-power [x ≥ 0]", "(x^a)^b = x^(a·b) for x ≥ 0", (e, a) =>
        e is Power(Power(var x, var p), var q) && a.IsNonnegative(x) ? x.Pow(p * q) : null, Assumption.Nonnegative);

    /// <summary>(c·f₁·…·fₙ)^q = c^q·f₁^q·…·fₙ^q for a non-integer rational q, c &gt; 0 and every fᵢ ≥ 0;
    /// with the root rule this gives √(c²·y) = |c|·√y for y ≥ 0.</summary>
    public static readonly Rule PowerOfNonnegativeProduct = new("power-of-product [factors ≥ 0]",
        "(Πfᵢ)^q = Πfᵢ^q for fᵢ ≥ 0; √(c²·y) = |c|·√y for y ≥ 0", (e, a) =>
        e is Power(Product { Coefficient.Sign: > 0 } p, Number { Value.IsInteger: false } exponent) ? PowerOfFactors(p, exponent, a) : null,
        Assumption.Nonnegative);

    // Kept out of the rule's lambda: its closures would otherwise be allocated for every node the rule is tried on.
    private static Expr? PowerOfFactors(Product p, Expr exponent, Assumptions a)
    {
        if (!p.Factors.All(a.IsNonnegative)) return null;
        return Algebra.Algebra.Multiply([Number.Of(p.Coefficient).Pow(exponent), .. p.Factors.Select(f => f.Pow(exponent))]);
    }

    /// <summary>The radical rules, in the order they are tried.</summary>
    public static ImmutableArray<Rule> All { get; } = [RootOfEvenPower, AbsEvenPower, PowerOfPowerNonnegative, PowerOfNonnegativeProduct];
}
