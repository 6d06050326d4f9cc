using System.Collections.Immutable;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using static Symbolic.Core.Algebra.Algebra;

namespace Symbolic.Core.Rewriting.Rules;

/// <summary>
/// Trigonometric functions of inverse trigonometric functions, the symmetries of the inverses, and
/// acos + asin = π/2. Every identity holds on the whole domain of its left side: [−1, 1] for acos and asin
/// (outside it the left side is undefined), ℝ for atan.
/// </summary>
/// <remarks>
/// Sign convention of the symmetry rules (see <see cref="Patterns.LooksNegative"/>): they fire when the argument's
/// rational coefficient is negative (−x, −2y, −½), never on sums, so acos(−x) becomes π − acos x while acos(1 − x)
/// is left alone.
/// </remarks>
public static class InverseTrigRules
{
    /// <summary>cos(acos x) = x on [−1, 1].</summary>
    public static readonly Rule CosOfAcos = new("cos-acos", "cos(acos x) = x on [−1, 1]", e =>
        e is Call(FunctionId.Cos, [Call(FunctionId.Acos, [var x])]) ? x : null);

    /// <summary>sin(acos x) = √(1 − x²) on [−1, 1] (acos x ∈ [0, π], where sin ≥ 0); the radical of κ₁,
    /// fc-resnet.md §1.1.</summary>
    public static readonly Rule SinOfAcos = new("sin-acos", "sin(acos x) = √(1 − x²) on [−1, 1]", e =>
        e is Call(FunctionId.Sin, [Call(FunctionId.Acos, [var x])]) ? Fn.Sqrt(1 - x.Pow(2)) : null);

    /// <summary>sin(asin x) = x on [−1, 1].</summary>
    public static readonly Rule SinOfAsin = new("sin-asin", "sin(asin x) = x on [−1, 1]", e =>
        e is Call(FunctionId.Sin, [Call(FunctionId.Asin, [var x])]) ? x : null);

    /// <summary>cos(asin x) = √(1 − x²) on [−1, 1] (asin x ∈ [−π/2, π/2], where cos ≥ 0).</summary>
    public static readonly Rule CosOfAsin = new("cos-asin", "cos(asin x) = √(1 − x²) on [−1, 1]", e =>
        e is Call(FunctionId.Cos, [Call(FunctionId.Asin, [var x])]) ? Fn.Sqrt(1 - x.Pow(2)) : null);

    /// <summary>tan(atan x) = x on ℝ.</summary>
    public static readonly Rule TanOfAtan = new("tan-atan", "tan(atan x) = x on ℝ", e =>
        e is Call(FunctionId.Tan, [Call(FunctionId.Atan, [var x])]) ? x : null);

    /// <summary>sin(atan x) = x/√(1 + x²) on ℝ.</summary>
    public static readonly Rule SinOfAtan = new("sin-atan", "sin(atan x) = x/√(1 + x²) on ℝ", e =>
        e is Call(FunctionId.Sin, [Call(FunctionId.Atan, [var x])]) ? x * (1 + x.Pow(2)).Pow(Number.Of(-1, 2)) : null);

    /// <summary>cos(atan x) = 1/√(1 + x²) on ℝ.</summary>
    public static readonly Rule CosOfAtan = new("cos-atan", "cos(atan x) = 1/√(1 + x²) on ℝ", e =>
        e is Call(FunctionId.Cos, [Call(FunctionId.Atan, [var x])]) ? (1 + x.Pow(2)).Pow(Number.Of(-1, 2)) : null);

    /// <summary>acos(−x) = π − acos x on [−1, 1], for arguments with a negative coefficient.</summary>
    public static readonly Rule AcosOfNegated = new("acos-negated", "acos(−x) = π − acos x on [−1, 1]", e =>
        e is Call(FunctionId.Acos, [var x]) && Patterns.LooksNegative(x) ? Constant.Pi - Fn.Acos(Negate(x)) : null);

    /// <summary>asin(−x) = −asin x on [−1, 1], for arguments with a negative coefficient.</summary>
    public static readonly Rule AsinOfNegated = new("asin-negated", "asin(−x) = −asin x on [−1, 1]", e =>
        e is Call(FunctionId.Asin, [var x]) && Patterns.LooksNegative(x) ? Negate(Fn.Asin(Negate(x))) : null);

    /// <summary>atan(−x) = −atan x on ℝ, for arguments with a negative coefficient.</summary>
    public static readonly Rule AtanOfNegated = new("atan-negated", "atan(−x) = −atan x on ℝ", e =>
        e is Call(FunctionId.Atan, [var x]) && Patterns.LooksNegative(x) ? Negate(Fn.Atan(Negate(x))) : null);

    /// <summary>In a sum, a·acos x + b·asin x = a·π/2 + (b − a)·asin x on [−1, 1] (from acos x + asin x = π/2).</summary>
    public static readonly Rule AcosPlusAsin = new("acos-plus-asin", "acos x + asin x = π/2 on [−1, 1]", e =>
    {
        if (e is not Sum s) return null;
        foreach (var (a, body) in s.Terms)
        {
            // Looks for asin x among the bodies without building asin x (interning it would keep a node alive).
            if (body is not Call(FunctionId.Acos, [var x]) || !HasAsinOf(s, x)) continue;
            var rest = s.Terms.Where(t => !ReferenceEquals(t.Body, body)).Select(t => Scale(t.Coefficient, t.Body));
            return Add([Number.Of(s.Constant), .. rest, Scale(a / 2, Constant.Pi), Scale(-a, Fn.Asin(x))]);
        }
        return null;
    });

    private static bool HasAsinOf(Sum s, Expr x)
    {
        foreach (var term in s.Terms)
            if (term.Body is Call(FunctionId.Asin, [var y]) && ReferenceEquals(x, y)) return true;
        return false;
    }

    /// <summary>The inverse-trigonometric rules, in the order they are tried.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        CosOfAcos, SinOfAcos, SinOfAsin, CosOfAsin, TanOfAtan, SinOfAtan, CosOfAtan,
        AcosOfNegated, AsinOfNegated, AtanOfNegated, AcosPlusAsin,
    ];
}
