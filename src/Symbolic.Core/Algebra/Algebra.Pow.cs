using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Algebra;

public static partial class Algebra
{
    /// <summary>
    /// Canonical power bᵉ. Rules, each valid for all real b where both sides are defined:
    /// x⁰ = 1, x¹ = x, 1ˣ = 1; eˣ is <c>exp(x)</c>; numeric powers are exact (4^½ = 2, 8^½ = 2√2, 2^(−½) = √2/2,
    /// radicands kept free of perfect powers, results over <see cref="Rational.MaxPowerBits"/> bits stay symbolic);
    /// (xᵃ)ⁿ = x^(an) unless a is an even integer and n is not an integer (with real-valued powers, a fractional power
    /// needs x ≥ 0, and then both sides agree: (x⁻¹)^½ = x^(−½), (x^⅔)^(3/2) = x; but (x²)^½ = |x|);
    /// (c·Πfᵢ)ⁿ = cⁿ·Πfᵢⁿ for integer n; (c·y)ᵉ = cᵉ·yᵉ for a rational c &gt; 0.
    /// Not applied (needs x ≥ 0): (x²)^½ = x — see the radical rule set.
    /// </summary>
    public static Expr Pow(Expr @base, Expr exponent)
    {
        if (exponent is Number { Value: var n })
        {
            if (n.IsZero) return Number.One;
            if (n.IsOne) return @base;
            switch (@base)
            {
                case Number b: return NumericPow(b.Value, n);
                case Float f:
                    double v = Math.Pow(f.Value, n.ToDouble());
                    return double.IsFinite(v) ? Float.Of(v) : Power.Intern(@base, exponent);
                case Power(var b2, Number { Value: var a }) when n.IsInteger || !a.IsInteger || !a.Numerator.IsEven:
                    return Pow(b2, Number.Of(a * n));
                case Power(var b2, var e2) when n.IsInteger:
                    return Pow(b2, Multiply(e2, exponent));
                case Product p when n.IsInteger:
                    return Multiply(PowersOf(p, n, exponent));
                case Product { Coefficient: { Sign: > 0, IsOne: false } c } p:
                    return Multiply(NumericPow(c, n), Pow(Monic(p), exponent));
            }
        }
        if (@base is Number { Value.IsOne: true }) return Number.One;
        if (@base is Constant { Id: ConstantId.E }) return Fn.Exp(exponent);
        if (@base is Float fb && exponent is Float fe && double.IsFinite(Math.Pow(fb.Value, fe.Value)))
            return Float.Of(Math.Pow(fb.Value, fe.Value));
        return Power.Intern(@base, exponent);
    }

    /// <summary>
    /// Exact bⁿ for rationals. With n = k + a/d (0 &lt; a &lt; d): b^k · (p^a q^(d−a))^(1/d) / q for b = p/q &gt; 0,
    /// with perfect d-th powers pulled out of the radicand. A negative base with a fractional exponent, or a
    /// result too large to hold exactly, stays a symbolic power.
    /// </summary>
    private static Expr NumericPow(Rational b, Rational n)
    {
        if (n.IsInteger)
            return b.TryPow(n.Numerator, out var r) ? Number.Of(r) : Power.Intern(Number.Of(b), Number.Of(n));
        if (b.IsZero) return n.Sign > 0 ? Number.Zero : Power.Intern(Number.Zero, Number.Of(n));
        if (b.IsOne) return Number.One;
        if (b.Sign < 0 || n.Denominator > 64) return Power.Intern(Number.Of(b), Number.Of(n));

        var k = n.Floor();
        var frac = n - k;
        int d = (int)frac.Denominator;
        var a = frac.Numerator;
        if (!b.TryPow(k, out var whole)) return Power.Intern(Number.Of(b), Number.Of(n));
        var p = b.Numerator;
        var q = b.Denominator;
        var bits = a * p.GetBitLength() + (d - a) * q.GetBitLength();
        if (bits > Rational.MaxPowerBits) return Power.Intern(Number.Of(b), Number.Of(n));

        var radicand = BigInteger.Pow(p, (int)a) * BigInteger.Pow(q, d - (int)a);
        var (outside, rest) = ExtractPerfectPowers(radicand, d);   // rest is free of d-th powers
        var coefficient = whole * Rational.Of(outside, q);
        if (rest.IsOne) return Number.Of(coefficient);
        // Write a radicand that is a perfect power by its root, so equal bases meet and merge:
        // 4^(1/4) = 2^(1/2), 8^(1/4) = 2^(3/4) (then 2^(1/4)·8^(1/4) = 2).
        var exponent = Rational.Of(1, d);
        for (int e = (int)Math.Min(rest.GetBitLength(), 64); e >= 2; e--)
        {
            if (Rational.IntegerRoot(rest, e, out var root))
            {
                // A prime above the trial-division bound can leave a d-th power in the radicand: finish recursively.
                if (e >= d) return Multiply(Number.Of(coefficient), NumericPow(root, Rational.Of(e, d)));
                (rest, exponent) = (root, Rational.Of(e, d));
                break;
            }
        }
        var radical = Power.Intern(Number.Of(rest), Number.Of(exponent));
        return coefficient.IsOne ? radical : Product.Intern(coefficient, [radical]);
    }

    /// <summary>Splits m = outsideᵈ·rest, pulling out perfect d-th powers of primes below 2¹⁰ and an exact root.</summary>
    private static (BigInteger Outside, BigInteger Remainder) ExtractPerfectPowers(BigInteger m, int d)
    {
        if (Rational.IntegerRoot(m, d, out var exact)) return (exact, BigInteger.One);
        BigInteger outside = BigInteger.One;
        for (int prime = 2; prime < 1024 && m > 1; prime += prime == 2 ? 1 : 2)
        {
            BigInteger pd = BigInteger.Pow(prime, d);
            if (pd > m) break;
            while ((m % pd).IsZero)
            {
                m /= pd;
                outside *= prime;
            }
        }
        return (outside, m);
    }

    // [cⁿ, f₁ⁿ, …] for (c·Πfᵢ)ⁿ, without a closure over the exponent (Pow is hot, and a lambda here would allocate its
    // closure on every call, matched or not).
    private static Expr[] PowersOf(Product p, Rational n, Expr exponent)
    {
        var factors = new Expr[p.Factors.Length + 1];
        factors[0] = NumericPow(p.Coefficient, n);
        for (int i = 0; i < p.Factors.Length; i++) factors[i + 1] = Pow(p.Factors[i], exponent);
        return factors;
    }
}
