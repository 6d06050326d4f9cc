using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>
/// The built-in functions applied to series, f(s) up to u^order. At a regular point (the argument's constant term
/// c₀ inside the domain, no pole) f(s) = Σ a_k (s − c₀)ᵏ with a_k = <see cref="KnownSeries.TaylorAt"/>. At the
/// branch points of acos and asin (c₀ = ±1) the known expansion acos(1 − w) = √(2w)·(1 + w/12 + 3w²/160 + …) is
/// used, with acos(−1 + w) = π − acos(1 − w), asin = π/2 − acos. Powers go through <see cref="PuiseuxSeries.Pow(Expr, Rational?, SeriesContext?)"/>.
/// </summary>
/// <remarks>
/// At a pole (s → ±∞ as u → 0⁺): atan s = ±π/2 − atan(1/s); erf and tanh tend to ±1 and exp s to 0 for s → −∞,
/// with corrections beyond all orders (so the series is that constant + O(u^order)); the others are not Puiseux there.
/// abs, sign, step, max and min use the sign of the leading term, valid for u → 0⁺. log needs a positive constant
/// term: log of a series vanishing like u^p would need log u terms.
/// </remarks>
public static class SeriesFunctions
{
    /// <summary>f(arguments) as a series up to u^order.</summary>
    /// <exception cref="SeriesException">No real Puiseux expansion exists, or too few terms are known.</exception>
    public static PuiseuxSeries Apply(FunctionId function, IReadOnlyList<PuiseuxSeries> arguments, Rational order, SeriesContext? context = null)
    {
        context ??= new SeriesContext();
        var s = arguments[0];
        var name = BuiltIns.Get(function).Name;
        return function switch
        {
            FunctionId.Exp => Exp(s, order, context),
            FunctionId.Log => Log(s, order, context),
            FunctionId.Sin or FunctionId.Cos or FunctionId.Sinh or FunctionId.Cosh =>
                Pole(s, context, name) is null ? Taylor(function, s, order, context) : throw NotPuiseux(name),
            FunctionId.Tan => Quotient(FunctionId.Sin, FunctionId.Cos, s, order, context),
            FunctionId.Tanh => Pole(s, context, name) is int sign ? Limit(sign, order) : Quotient(FunctionId.Sinh, FunctionId.Cosh, s, order, context),
            FunctionId.Erf => Pole(s, context, name) is int sign ? Limit(sign, order) : Taylor(function, s, order, context),
            FunctionId.Atan => Atan(s, order, context),
            FunctionId.Asin or FunctionId.Acos => InverseSine(function, s, order, context),
            FunctionId.Abs or FunctionId.Sign or FunctionId.Heaviside => SignLike(function, s, context),
            FunctionId.Max or FunctionId.Min => Extremum(function, s, arguments[1], context),
            _ => throw new System.Diagnostics.UnreachableException($"No series rule for {function}."),
        };
    }

    private static PuiseuxSeries Exp(PuiseuxSeries s, Rational order, SeriesContext context) => Pole(s, context, "exp") switch
    {
        < 0 => PuiseuxSeries.Zero.Truncate(order),
        > 0 => throw NotPuiseux("exp"),
        _ => Taylor(FunctionId.Exp, s, order, context),
    };

    private static PuiseuxSeries Log(PuiseuxSeries s, Rational order, SeriesContext context)
    {
        if (s.Leading(context, "the argument of log") is not var (k, a))
            throw new SeriesException(SeriesFailure.Domain, "log of the zero series is undefined.");
        if (k != 0)
            throw new SeriesException(SeriesFailure.NotPuiseux,
                "log of a series that vanishes or is unbounded at the point has a log u term, which is not a Puiseux term.");
        if (context.SignOrAssume(a, 1, "the argument of log") < 0)
            throw new SeriesException(SeriesFailure.Domain, "log of a negative value is not real.");
        return Taylor(FunctionId.Log, s, order, context);
    }

    private static PuiseuxSeries Atan(PuiseuxSeries s, Rational order, SeriesContext context)
    {
        if (Pole(s, context, "atan") is not int sign) return Taylor(FunctionId.Atan, s, order, context);
        var limit = Algebra.Algebra.Multiply(Number.Of(Rational.Of(sign, 2)), Constant.Pi);
        return (PuiseuxSeries.Constant(limit) - Taylor(FunctionId.Atan, s.Invert(order, context), order, context)).Truncate(order);
    }

    private static PuiseuxSeries InverseSine(FunctionId function, PuiseuxSeries s, Rational order, SeriesContext context)
    {
        var name = BuiltIns.Get(function).Name;
        if (Pole(s, context, name) is not null) throw new SeriesException(SeriesFailure.Domain, $"{name} of an unbounded argument is not real.");
        var c0 = s.Stream[0];
        if (TailSymbols.OccursIn(c0)) throw Shortfall(name);
        var halfPi = Algebra.Algebra.Multiply(Number.Half, Constant.Pi);
        bool acos = function == FunctionId.Acos;
        if (context.EqualsNumber(c0, Rational.One, $"the argument of {name} at the point") == Truth.True)
        {
            // x = 1 − w: acos x = A(w), asin x = π/2 − A(w)
            var w = s.WithoutConstant().Negate();
            var a = AcosNearOne(w, order, context, name);
            return acos ? a : (PuiseuxSeries.Constant(halfPi) - a).Truncate(order);
        }
        if (context.EqualsNumber(c0, Rational.MinusOne, $"the argument of {name} at the point") == Truth.True)
        {
            // x = −1 + w: acos x = π − A(w), asin x = −π/2 + A(w)
            var a = AcosNearOne(s.WithoutConstant(), order, context, name);
            var constant = acos ? (Expr)Constant.Pi : Algebra.Algebra.Negate(halfPi);
            return (acos ? PuiseuxSeries.Constant(constant) - a : PuiseuxSeries.Constant(constant) + a).Truncate(order);
        }
        var inside = Algebra.Algebra.Subtract(Number.One, Algebra.Algebra.Pow(c0, Number.Of(2)));
        if (context.SignOrAssume(inside, 1, $"1 − c₀² for the argument c₀ of {name}") < 0)
            throw new SeriesException(SeriesFailure.Domain, $"{name} of a value outside [−1, 1] is not real.");
        return Taylor(function, s, order, context);
    }

    /// <summary>acos(1 − w) = √(2w)·Σ b_k wᵏ for w → 0⁺ (w without constant term).</summary>
    private static PuiseuxSeries AcosNearOne(PuiseuxSeries w, Rational order, SeriesContext context, string name)
    {
        if (w.Leading(context, $"the distance of the argument of {name} from ±1") is not var (_, lead))
            return PuiseuxSeries.Zero;   // the argument is exactly ±1
        if (context.SignOrAssume(lead, 1, $"the distance of the argument of {name} from ±1") < 0)
            throw new SeriesException(SeriesFailure.Domain, $"{name} of a value beyond ±1 is not real.");
        var root = w.Scale(Number.Of(2)).Pow(Rational.Half, order, context);
        var tail = w.Compose(k => [.. KnownSeries.AcosNearOne(k).Select(r => (Expr)Number.Of(r))], order);
        return (root * tail).Truncate(order);
    }

    private static PuiseuxSeries Taylor(FunctionId function, PuiseuxSeries s, Rational order, SeriesContext context)
    {
        var c0 = s.Stream[0];
        if (TailSymbols.OccursIn(c0)) throw Shortfall(BuiltIns.Get(function).Name);
        var r = s.WithoutConstant();
        if (r.AsConstant() is not null) return PuiseuxSeries.Constant(ExactValues.Fold(function, [c0], context));
        return r.Compose(k => KnownSeries.TaylorAt(function, c0, k, context), order);
    }

    private static PuiseuxSeries Quotient(FunctionId numerator, FunctionId denominator, PuiseuxSeries s, Rational order, SeriesContext context)
    {
        var name = BuiltIns.Get(numerator).Name;
        if (Pole(s, context, name) is not null) throw NotPuiseux(name);
        return Taylor(numerator, s, order, context).Divide(Taylor(denominator, s, order, context), order, context);
    }

    private static PuiseuxSeries SignLike(FunctionId function, PuiseuxSeries s, SeriesContext context)
    {
        var name = BuiltIns.Get(function).Name;
        int sign = s.Leading(context, $"the argument of {name}") is var (_, lead)
            ? context.SignOrAssume(lead, 1, $"the leading term of the argument of {name}")
            : 0;
        return function switch
        {
            FunctionId.Abs => sign < 0 ? s.Negate() : s,
            FunctionId.Sign => PuiseuxSeries.Constant(Number.Of(sign)),
            _ => PuiseuxSeries.Constant(sign > 0 ? Number.One : sign < 0 ? Number.Zero : Number.Half),
        };
    }

    private static PuiseuxSeries Extremum(FunctionId function, PuiseuxSeries a, PuiseuxSeries b, SeriesContext context)
    {
        var name = BuiltIns.Get(function).Name;
        int sign = (a - b).Leading(context, $"the difference of the arguments of {name}") is var (_, lead)
            ? context.SignOrAssume(lead, 1, $"the leading term of the difference of the arguments of {name}")
            : 0;
        return (function == FunctionId.Max) == (sign >= 0) ? a : b;
    }

    /// <summary>The sign of the leading term if the series has a pole (negative leading power), otherwise null.</summary>
    private static int? Pole(PuiseuxSeries s, SeriesContext context, string name)
    {
        if (s.Stream.Valuation >= 0) return null;
        if (s.Leading(context, $"the argument of {name}") is not var (k, lead) || k >= 0) return null;
        return context.SignOrAssume(lead, 1, $"the leading term of the unbounded argument of {name}");
    }

    private static PuiseuxSeries Limit(int sign, Rational order) => PuiseuxSeries.Constant(Number.Of(sign)).Truncate(order);

    private static SeriesException NotPuiseux(string name) =>
        new(SeriesFailure.NotPuiseux, $"{name} of an unbounded argument has no Puiseux expansion.");

    private static SeriesException Shortfall(string name) =>
        new(SeriesFailure.Shortfall, $"The constant term of the argument of {name} is not known; a higher working order is needed.");
}
