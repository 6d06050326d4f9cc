using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Testing;

/// <summary>
/// FsCheck generators of random expressions over the symbols x, y, t, built through the canonical constructors
/// (so every generated value is already canonical), and of sample points binding those symbols.
/// Use as <c>[Property(Arbitrary = [typeof(ExprArbitrary)])]</c>.
/// </summary>
public static class ExprArbitrary
{
    /// <summary>The symbols generated expressions use.</summary>
    public static readonly Symbol[] Symbols = [Symbol.Of("x"), Symbol.Of("y"), Symbol.Of("t")];

    private static readonly FunctionId[] s_unary =
    [
        FunctionId.Exp, FunctionId.Log, FunctionId.Sin, FunctionId.Cos, FunctionId.Atan, FunctionId.Asin,
        FunctionId.Acos, FunctionId.Erf, FunctionId.Tanh, FunctionId.Abs,
    ];

    /// <summary>Random leaves: small integers, small fractions, π, e, and symbols.</summary>
    public static Gen<Expr> Leaf { get; } = Gen.OneOf(
        Gen.Choose(-5, 5).Select(n => (Expr)Number.Of(n)),
        Gen.Choose(-9, 9).SelectMany(n => Gen.Choose(1, 6), (n, d) => (Expr)Number.Of(n, d)),
        Gen.Elements<Expr>(Constant.Pi, Constant.E),
        Gen.Elements<Expr>(Symbols),
        Gen.Elements<Expr>(Symbols));

    /// <summary>Random expressions of size proportional to FsCheck's size parameter (capped at depth 5).</summary>
    public static Gen<Expr> Expression { get; } = Gen.Sized(size => Sized(Math.Min(size, 5)));

    private static Gen<Expr> Sized(int size)
    {
        if (size <= 0) return Leaf;
        var sub = Gen.Sized(_ => Sized(size / 2));
        return Gen.Frequency(
            (2, Leaf),
            (3, sub.SelectMany(_ => sub, (a, b) => a + b)),
            (3, sub.SelectMany(_ => sub, (a, b) => a * b)),
            (1, sub.SelectMany(_ => sub, (a, b) => a - b)),
            (1, sub.SelectMany(_ => sub, (a, b) => a / b)),
            (2, sub.SelectMany(_ => Gen.Elements(2, 3, -1, -2), (a, n) => a.Pow(n))),
            (1, sub.Select(a => Fn.Sqrt(a))),
            (2, sub.SelectMany(_ => Gen.Elements(s_unary), (a, f) => Fn.Call(f, a))),
            (1, sub.SelectMany(_ => sub, (a, b) => Fn.Max(a, b))));
    }

    /// <summary>Random points: each symbol bound to a value in (−0.95, 0.95) (inside the domain of acos/asin).</summary>
    public static Gen<SamplePoint> Point { get; } =
        Gen.Choose(-950, 950).ArrayOf(Symbols.Length)
           .Select(v => new SamplePoint(Symbols.Select((s, i) => (s, v[i] / 1000.0)).ToDictionary(p => p.s, p => p.Item2)));

    /// <summary>Arbitrary instance for <see cref="Expr"/> (no shrinking).</summary>
    public static Arbitrary<Expr> Exprs() => Expression.ToArbitrary();

    /// <summary>Arbitrary instance for <see cref="SamplePoint"/>.</summary>
    public static Arbitrary<SamplePoint> Points() => Point.ToArbitrary();
}
