using FsCheck;
using FsCheck.Fluent;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;

namespace Symbolic.Testing;

/// <summary>
/// FsCheck generators of expressions that rewrite rules actually match: exact arguments (0, ±½, ±√2/2, rational
/// multiples of π), trigonometric functions of inverse ones, exp/log compositions, squares under roots, abs/sign of
/// negated or signed terms, and products and small powers of sums — mixed with the general expressions of
/// <see cref="ExprArbitrary"/>. Points are those of <see cref="ExprArbitrary"/>.
/// Use as <c>[Property(Arbitrary = [typeof(RewriteArbitrary)])]</c>.
/// </summary>
public static class RewriteArbitrary
{
    private static readonly FunctionId[] s_unary =
    [
        FunctionId.Exp, FunctionId.Log, FunctionId.Sin, FunctionId.Cos, FunctionId.Tan, FunctionId.Asin, FunctionId.Acos,
        FunctionId.Atan, FunctionId.Sinh, FunctionId.Cosh, FunctionId.Tanh, FunctionId.Erf, FunctionId.Abs,
        FunctionId.Sign, FunctionId.Heaviside,
    ];

    private static readonly (FunctionId Outer, FunctionId Inner)[] s_compositions =
    [
        (FunctionId.Sin, FunctionId.Acos), (FunctionId.Cos, FunctionId.Acos), (FunctionId.Sin, FunctionId.Asin),
        (FunctionId.Cos, FunctionId.Asin), (FunctionId.Tan, FunctionId.Atan), (FunctionId.Sin, FunctionId.Atan),
        (FunctionId.Cos, FunctionId.Atan), (FunctionId.Exp, FunctionId.Log), (FunctionId.Log, FunctionId.Exp),
        (FunctionId.Abs, FunctionId.Abs), (FunctionId.Sign, FunctionId.Exp), (FunctionId.Heaviside, FunctionId.Acos),
    ];

    private static readonly int[] s_piNumerators = [-7, -6, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 9, 12];
    private static readonly int[] s_piDenominators = [1, 2, 3, 4, 6, 5];

    /// <summary>Exact leaves rules key on: small rationals, ±√2/2, ±√3/2, √3, π, e and rational multiples of π.</summary>
    public static Gen<Expr> ExactLeaf { get; } = Gen.OneOf(
        Gen.Elements<Expr>(0, 1, -1, Number.Half, -(Expr)Number.Half, 2, 4, Number.Of(1, 4), Number.Of(9, 4), 8),
        Gen.Elements<Expr>(Fn.Sqrt(2) / 2, -Fn.Sqrt(2) / 2, Fn.Sqrt(3) / 2, -Fn.Sqrt(3) / 2, Fn.Sqrt(3), Fn.Sqrt(3) / 3),
        Gen.Elements<Expr>(Constant.Pi, Constant.E, Constant.Pi - 3, 3 - Constant.Pi),
        Gen.Elements(s_piNumerators).SelectMany(_ => Gen.Elements(s_piDenominators), (n, d) => Number.Of(n, d) * Constant.Pi));

    /// <summary>Leaves: exact values, symbols, and negated symbols.</summary>
    public static Gen<Expr> Leaf { get; } = Gen.Frequency(
        (3, ExactLeaf),
        (4, Gen.Elements<Expr>(ExprArbitrary.Symbols)),
        (1, Gen.Elements<Expr>(ExprArbitrary.Symbols).Select(s => -s)),
        (1, Gen.Elements<Expr>(ExprArbitrary.Symbols).Select(s => 2 * s)));

    /// <summary>Rule-targeted expressions of size proportional to FsCheck's size (capped at depth 4).</summary>
    public static Gen<Expr> Expression { get; } = Gen.Sized(size => Sized(Math.Min(size, 4)));

    private static Gen<Expr> Sized(int size)
    {
        if (size <= 0) return Leaf;
        var sub = Gen.Sized(_ => Sized(size / 2));
        return Gen.Frequency(
            (2, Leaf),
            (1, ExprArbitrary.Expression),
            (2, sub.SelectMany(_ => sub, (a, b) => a + b)),
            (2, sub.SelectMany(_ => sub, (a, b) => a * b)),
            (1, sub.SelectMany(_ => sub, (a, b) => a / b)),
            (2, sub.SelectMany(_ => Gen.Elements(s_unary), (a, f) => Fn.Call(f, a))),
            (3, sub.SelectMany(_ => Gen.Elements(s_compositions), (a, f) => Fn.Call(f.Outer, Fn.Call(f.Inner, a)))),
            (1, sub.SelectMany(_ => sub, (a, b) => Fn.Exp(a) * Fn.Exp(b))),
            (1, sub.SelectMany(_ => Gen.Elements(2, -2, 4), (a, n) => Fn.Sqrt(a.Pow(n)))),
            (1, sub.SelectMany(_ => sub, (a, b) => Fn.Sqrt(a.Pow(2) * b))),
            (1, sub.SelectMany(_ => Gen.Elements(Number.Half, Number.Of(2), Number.Of(-1, 2), Number.Of(3, 2)), (a, q) => Fn.Log(a.Pow(q)))),
            (1, sub.SelectMany(_ => sub, (a, b) => (a + 1) * (b - a))),
            (1, sub.SelectMany(_ => Gen.Elements(2, 3), (a, n) => (a + 1).Pow(n))),
            (1, sub.SelectMany(_ => sub, (a, b) => Fn.Max(a, b))),
            (1, sub.SelectMany(_ => sub, (a, b) => Fn.Min(a, a + b.Pow(2)))),
            (1, sub.Select(a => Fn.Acos(a) + Fn.Asin(a))));
    }

    /// <summary>Arbitrary instance for <see cref="Expr"/> (no shrinking).</summary>
    public static Arbitrary<Expr> Exprs() => Expression.ToArbitrary();

    /// <summary>Arbitrary instance for <see cref="SamplePoint"/> (those of <see cref="ExprArbitrary"/>).</summary>
    public static Arbitrary<SamplePoint> Points() => ExprArbitrary.Point.ToArbitrary();
}
