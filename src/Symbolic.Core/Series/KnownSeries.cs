using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>
/// The known expansions series composition is built from: Maclaurin coefficients with exact rationals, the
/// branch-point expansion of acos at 1, the binomial series, and Taylor coefficients of the built-ins at any
/// regular point, obtained from the functions' derivatives by series arithmetic and termwise integration — never by
/// repeated symbolic differentiation.
/// </summary>
public static class KnownSeries
{
    /// <summary>exp w = Σ wᵏ/k!: the first <paramref name="count"/> coefficients.</summary>
    public static Rational[] Exp(int count) => Build(count, k => Rational.Of(1, Factorial(k)));

    /// <summary>sin w = Σ (−1)ʲ w^{2j+1}/(2j+1)!.</summary>
    public static Rational[] Sin(int count) => Build(count, k => k % 2 == 0 ? Rational.Zero : Rational.Of((k / 2) % 2 == 0 ? 1 : -1, Factorial(k)));

    /// <summary>cos w = Σ (−1)ʲ w^{2j}/(2j)!.</summary>
    public static Rational[] Cos(int count) => Build(count, k => k % 2 == 1 ? Rational.Zero : Rational.Of((k / 2) % 2 == 0 ? 1 : -1, Factorial(k)));

    /// <summary>sinh w = Σ w^{2j+1}/(2j+1)!.</summary>
    public static Rational[] Sinh(int count) => Build(count, k => k % 2 == 0 ? Rational.Zero : Rational.Of(1, Factorial(k)));

    /// <summary>cosh w = Σ w^{2j}/(2j)!.</summary>
    public static Rational[] Cosh(int count) => Build(count, k => k % 2 == 1 ? Rational.Zero : Rational.Of(1, Factorial(k)));

    /// <summary>log(1 + w) = Σ_{k≥1} (−1)^{k+1} wᵏ/k.</summary>
    public static Rational[] Log1p(int count) => Build(count, k => k == 0 ? Rational.Zero : Rational.Of(k % 2 == 1 ? 1 : -1, k));

    /// <summary>atan w = Σ (−1)ʲ w^{2j+1}/(2j+1).</summary>
    public static Rational[] Atan(int count) => Build(count, k => k % 2 == 0 ? Rational.Zero : Rational.Of((k / 2) % 2 == 0 ? 1 : -1, k));

    /// <summary>asin w = Σ (2j)!/(4ʲ(j!)²(2j+1)) w^{2j+1} (fc-resnet.md §1.1, the Maclaurin series of κ₀).</summary>
    public static Rational[] Asin(int count) => Build(count, k => k % 2 == 0 ? Rational.Zero : CentralRatio(k / 2) / (2 * (k / 2) + 1));

    /// <summary>(√π/2)·erf w = Σ (−1)ʲ w^{2j+1}/(j!(2j+1)).</summary>
    public static Rational[] ErfScaled(int count) =>
        Build(count, k => k % 2 == 0 ? Rational.Zero : Rational.Of((k / 2) % 2 == 0 ? 1 : -1, Factorial(k / 2) * k));

    /// <summary>
    /// acos(1 − w) = √(2w)·Σ b_k wᵏ with b_k = (2k)!/(8ᵏ(k!)²(2k+1)) = 1, 1/12, 3/160, 5/896, …, from
    /// acos(1 − w) = 2·asin√(w/2) and the arcsine series (fc-resnet.md §1.2).
    /// </summary>
    public static Rational[] AcosNearOne(int count) => Build(count, k => CentralRatio(k) / (BigInteger.Pow(2, k) * (2 * k + 1)));

    /// <summary>The binomial coefficients C(α, k) = α(α−1)…(α−k+1)/k! of (1 + w)^α = Σ C(α, k)wᵏ.</summary>
    public static Expr[] Binomial(Expr alpha, int count)
    {
        var result = new Expr[Math.Max(count, 0)];
        Expr c = Number.One;
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = c;
            c = CoefficientAlgebra.Scale(Rational.Of(1, k + 1), CoefficientAlgebra.Multiply(c, Algebra.Algebra.Subtract(alpha, Number.Of(k))));
        }
        return result;
    }

    /// <summary>
    /// The Taylor coefficients a_k of f(c + w) = Σ a_k wᵏ at a regular point c (exp, log for c &gt; 0, sin, cos,
    /// sinh, cosh, atan, asin and acos for |c| &lt; 1, erf). a₀ = f(c) folded by <see cref="ExactValues"/>.
    /// exp, sin, cos, sinh, cosh use the addition theorems with the Maclaurin series; log, atan, asin, acos and erf
    /// integrate the series of the derivative termwise: log′ = (c + w)⁻¹, atan′ = (1 + (c + w)²)⁻¹,
    /// asin′ = −acos′ = (1 − (c + w)²)^{−1/2}, erf′ = (2/√π)·e^{−c²}·exp(−2cw − w²).
    /// </summary>
    /// <exception cref="ArgumentException">The function has no Taylor expansion here (tan, tanh, abs, …: compose
    /// those from the others).</exception>
    public static Expr[] TaylorAt(FunctionId function, Expr center, int count, SeriesContext? context = null)
    {
        if (count <= 0) return [];
        var value = ExactValues.Fold(function, [center], context);
        switch (function)
        {
            case FunctionId.Exp:
                return [.. Exp(count).Select(r => CoefficientAlgebra.Multiply(Number.Of(r), value))];
            case FunctionId.Sin or FunctionId.Cos or FunctionId.Sinh or FunctionId.Cosh:
                return AdditionTheorem(function, center, count, context);
        }
        var w = PuiseuxSeries.FromTerms([new(Rational.Zero, center), new(Rational.One, Number.One)]);
        Rational order = count - 1;
        PuiseuxSeries derivative = function switch
        {
            FunctionId.Log => w.Invert(order, context),
            FunctionId.Atan => (PuiseuxSeries.One + w * w).Invert(order, context),
            FunctionId.Asin => (PuiseuxSeries.One - w * w).Pow(Rational.Of(-1, 2), order, context),
            FunctionId.Acos => (PuiseuxSeries.One - w * w).Pow(Rational.Of(-1, 2), order, context).Negate(),
            FunctionId.Erf => ErfDerivative(center, order),
            _ => throw new ArgumentException($"{function} has no Taylor expansion here; compose it from others.", nameof(function)),
        };
        var result = new Expr[count];
        result[0] = value;
        for (int k = 1; k < count; k++)
            result[k] = CoefficientAlgebra.Scale(Rational.Of(1, k), derivative.Stream[k - 1]);
        return result;
    }

    private static PuiseuxSeries ErfDerivative(Expr center, Rational order)
    {
        var exponent = PuiseuxSeries.FromTerms([
            new(Rational.One, Algebra.Algebra.Scale(-2, center)), new(2, Number.MinusOne)]);
        var scale = Algebra.Algebra.Multiply(Number.Of(2), Algebra.Algebra.Pow(Constant.Pi, Number.Of(Rational.Of(-1, 2))),
            ExactValues.Fold(FunctionId.Exp, [Algebra.Algebra.Negate(Algebra.Algebra.Pow(center, Number.Of(2)))]));
        return exponent.Compose(k => [.. Exp(k).Select(r => (Expr)Number.Of(r))], order).Scale(scale);
    }

    private static Expr[] AdditionTheorem(FunctionId function, Expr center, int count, SeriesContext? context)
    {
        bool hyperbolic = function is FunctionId.Sinh or FunctionId.Cosh;
        var (sinId, cosId) = hyperbolic ? (FunctionId.Sinh, FunctionId.Cosh) : (FunctionId.Sin, FunctionId.Cos);
        var s = ExactValues.Fold(sinId, [center], context);
        var c = ExactValues.Fold(cosId, [center], context);
        var (sinW, cosW) = hyperbolic ? (Sinh(count), Cosh(count)) : (Sin(count), Cos(count));
        // sin(c+w) = sin c cos w + cos c sin w;  cos(c+w) = cos c cos w ∓ sin c sin w (− circular, + hyperbolic)
        var (first, second, sign) = function is FunctionId.Sin or FunctionId.Sinh ? (s, c, 1) : (c, s, hyperbolic ? 1 : -1);
        var result = new Expr[count];
        for (int k = 0; k < count; k++)
            result[k] = CoefficientAlgebra.Add(
                CoefficientAlgebra.Multiply(Number.Of(cosW[k]), first),
                CoefficientAlgebra.Multiply(Number.Of(sign * sinW[k]), second));
        return result;
    }

    private static Rational[] Build(int count, Func<int, Rational> term)
    {
        var result = new Rational[Math.Max(count, 0)];
        for (int k = 0; k < result.Length; k++) result[k] = term(k);
        return result;
    }

    /// <summary>(2j)!/(4ʲ(j!)²) = C(2j, j)/4ʲ.</summary>
    private static Rational CentralRatio(int j) => Rational.Of(Factorial(2 * j) / (Factorial(j) * Factorial(j)), BigInteger.Pow(4, j));

    private static BigInteger Factorial(int k)
    {
        BigInteger f = BigInteger.One;
        for (int i = 2; i <= k; i++) f *= i;
        return f;
    }
}
