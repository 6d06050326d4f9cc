using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

public sealed partial class PuiseuxSeries
{
    /// <summary>a + b. Order: the smaller of the two (or more, when unknown parts cancel).</summary>
    public PuiseuxSeries Add(PuiseuxSeries other) => Linear([(Number.One, this), (Number.One, other)]);

    /// <summary>a − b.</summary>
    public PuiseuxSeries Subtract(PuiseuxSeries other) => Linear([(Number.One, this), (Number.MinusOne, other)]);

    /// <summary>−a.</summary>
    public PuiseuxSeries Negate() => Linear([(Number.MinusOne, this)]);

    /// <summary>c·a for a constant expression c (free of the series variable).</summary>
    public PuiseuxSeries Scale(Expr factor) => CoefficientAlgebra.IsZero(factor) ? Zero : Linear([(factor, this)]);

    /// <summary>a·b (Cauchy product). Order: min(ord a + val b, ord b + val a), or more when unknown parts cancel.</summary>
    public PuiseuxSeries Multiply(PuiseuxSeries other)
    {
        if (other.AsConstant() is { } c) return Scale(c);
        if (AsConstant() is { } d) return other.Scale(d);
        int n = Lcm(Ramification, other.Ramification);
        var (a, b) = (Lift(n / Ramification), other.Lift(n / other.Ramification));
        return new(new ProductStream(a.Stream, b.Stream), n);
    }

    /// <summary>aᵏ for a natural k by repeated squaring (exact series stay exact); a negative k inverts first,
    /// truncating at the operand's order.</summary>
    public PuiseuxSeries Pow(int exponent)
    {
        if (exponent < 0) return Pow(Numbers.Rational.Of(exponent), null, null);
        var result = One;
        var square = this;
        for (int k = exponent; k > 0; k >>= 1)
        {
            if ((k & 1) == 1) result = result.Multiply(square);
            if (k > 1) square = square.Multiply(square);
        }
        return result;
    }

    /// <summary>Σ wᵢ·sᵢ over a common ramification, as one transparent stream.</summary>
    internal static PuiseuxSeries Linear(IReadOnlyList<(Expr Weight, PuiseuxSeries Series)> parts)
    {
        int n = 1;
        foreach (var (_, s) in parts) n = Lcm(n, s.Ramification);
        var lifted = parts.Where(p => !CoefficientAlgebra.IsZero(p.Weight))
                          .Select(p => (p.Weight, p.Series.Lift(n / p.Series.Ramification).Stream))
                          .ToArray();
        return new(new LinearStream(lifted), n);
    }

    /// <summary>The series without its u⁰ term (exactly: c₀ − c₀ is structurally 0).</summary>
    internal PuiseuxSeries WithoutConstant()
    {
        var c0 = Stream[0];
        return CoefficientAlgebra.IsZero(c0) ? this : Linear([(Number.One, this), (Algebra.Algebra.Negate(c0), One)]);
    }

    /// <summary>The constant c if this is the exact series c (including 0), otherwise null.</summary>
    internal Expr? AsConstant() =>
        IsExact && Stream.Degree <= 0 && Stream.Valuation >= 0 ? Stream[0] : null;

#pragma warning disable CS1591 // operators are documented by the methods they call
    public static PuiseuxSeries operator +(PuiseuxSeries a, PuiseuxSeries b) => a.Add(b);
    public static PuiseuxSeries operator +(PuiseuxSeries a, Expr c) => a.Add(Constant(c));
    public static PuiseuxSeries operator +(Expr c, PuiseuxSeries a) => Constant(c).Add(a);
    public static PuiseuxSeries operator -(PuiseuxSeries a, PuiseuxSeries b) => a.Subtract(b);
    public static PuiseuxSeries operator -(PuiseuxSeries a, Expr c) => a.Subtract(Constant(c));
    public static PuiseuxSeries operator -(Expr c, PuiseuxSeries a) => Constant(c).Subtract(a);
    public static PuiseuxSeries operator -(PuiseuxSeries a) => a.Negate();
    public static PuiseuxSeries operator *(PuiseuxSeries a, PuiseuxSeries b) => a.Multiply(b);
    public static PuiseuxSeries operator *(PuiseuxSeries a, Expr c) => a.Scale(c);
    public static PuiseuxSeries operator *(Expr c, PuiseuxSeries a) => a.Scale(c);
    public static PuiseuxSeries operator /(PuiseuxSeries a, PuiseuxSeries b) => a.Divide(b);
    public static PuiseuxSeries operator /(PuiseuxSeries a, Expr c) => a.Scale(Algebra.Algebra.Pow(c, Number.MinusOne));
#pragma warning restore CS1591
}
