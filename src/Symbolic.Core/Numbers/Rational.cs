using System.Globalization;
using System.Numerics;

namespace Symbolic.Core.Numbers;

/// <summary>
/// An exact rational number p/q in lowest terms with q &gt; 0. Zero is 0/1. Immutable; equality and
/// ordering are by value, so two rationals that are equal are interchangeable as intern-table keys.
/// </summary>
/// <remarks>
/// Our own type rather than the Fractions package: interning needs a guaranteed normal form
/// (Fractions allows unnormalised values), and exact powers need perfect-root extraction and a
/// size guard (see <see cref="TryPow"/>), which no served package provides.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    /// <summary>Largest result, in bits, that exact exponentiation will produce; larger powers stay symbolic.</summary>
    public const int MaxPowerBits = 1 << 16;

    // The denominator, stored as 0 when it is 1 so that default(Rational) is 0/1 and every value has one representation
    // (equality and hashing compare the fields). Reading it costs no BigInteger arithmetic, which matters for the
    // 2,000-bit diagonals of deep ResNets, where q ± 1 would allocate on every access.
    private readonly BigInteger _denominatorOrZero;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        if (!normalised)
        {
            if (denominator.IsZero) throw new DivideByZeroException("Rational with a zero denominator.");
            if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
            var g = Gcd(numerator, denominator);
            if (!g.IsOne && !g.IsZero) (numerator, denominator) = (numerator / g, denominator / g);
            if (numerator.IsZero) denominator = BigInteger.One;
        }
        Numerator = numerator;
        _denominatorOrZero = denominator.IsOne ? default : denominator;
    }

    /// <summary>The numerator p (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator q &gt; 0.</summary>
    public BigInteger Denominator => _denominatorOrZero.IsZero ? BigInteger.One : _denominatorOrZero;

    /// <summary>0.</summary>
    public static Rational Zero => default;

    /// <summary>1.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, true);

    /// <summary>−1.</summary>
    public static Rational MinusOne => new(BigInteger.MinusOne, BigInteger.One, true);

    /// <summary>½.</summary>
    public static Rational Half => new(BigInteger.One, 2, true);

    /// <summary>Whether the value is 0.</summary>
    public bool IsZero => Numerator.IsZero;

    /// <summary>Whether the value is 1.</summary>
    public bool IsOne => Numerator.IsOne && _denominatorOrZero.IsZero;

    /// <summary>Whether q = 1.</summary>
    public bool IsInteger => _denominatorOrZero.IsZero;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => Numerator.Sign;

    /// <summary>Creates p/q, reducing to lowest terms.</summary>
    public static Rational Of(BigInteger numerator, BigInteger denominator) => new(numerator, denominator, false);

    /// <summary>The integer n.</summary>
    public static Rational Of(BigInteger n) => new(n, BigInteger.One, true);

    /// <summary>The exact value of a finite double (every finite double is a dyadic rational).</summary>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite doubles are rational.");
        if (value == 0) return Zero;
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa;
        Rational r = exponent >= 0 ? Of(num << exponent) : Of(num, BigInteger.One << -exponent);
        return negative ? -r : r;
    }

    /// <summary>Parses an integer or decimal literal such as "12", "0.25" or "1.5e-3" exactly.</summary>
    public static bool TryParseDecimal(string text, out Rational value)
    {
        value = Zero;
        var s = text.Trim();
        int e = s.IndexOfAny(['e', 'E']);
        BigInteger exponent = 0;
        if (e >= 0)
        {
            if (!BigInteger.TryParse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
            s = s[..e];
        }
        int dot = s.IndexOf('.');
        string digits = dot >= 0 ? s.Remove(dot, 1) : s;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        exponent -= dot >= 0 ? s.Length - dot - 1 : 0;
        if (BigInteger.Abs(exponent) > 4096) return false;
        var mantissa = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        int ex = (int)exponent;
        value = ex >= 0 ? Of(mantissa * BigInteger.Pow(10, ex)) : Of(mantissa, BigInteger.Pow(10, -ex));
        return true;
    }

    /// <summary>The nearest double (correctly rounded for integers and most fractions).</summary>
    public double ToDouble()
    {
        if (IsInteger) return (double)Numerator;
        var n = Numerator;
        var d = Denominator;
        long shift = (long)d.GetBitLength() - (long)BigInteger.Abs(n).GetBitLength() + 64;
        if (shift > 0) n <<= (int)Math.Min(shift, int.MaxValue / 2);
        else d <<= (int)Math.Min(-shift, int.MaxValue / 2);
        double q = (double)BigInteger.Divide(n, d);
        return Math.ScaleB(q, (int)-shift);
    }

    /// <summary>⌊p/q⌋.</summary>
    public BigInteger Floor() => BigInteger.Divide(Numerator - (Numerator.Sign < 0 ? Denominator - 1 : 0), Denominator);

    /// <summary>|x|.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>1/x (already in lowest terms: only the sign moves to the numerator).</summary>
    public Rational Reciprocal() =>
        Numerator.IsZero ? throw new DivideByZeroException("Reciprocal of zero.")
        : Numerator.Sign > 0 ? new(Denominator, Numerator, normalised: true) : new(-Denominator, -Numerator, normalised: true);

    /// <summary>xⁿ for an integer n, or false when the result would exceed <see cref="MaxPowerBits"/> bits.</summary>
    public bool TryPow(BigInteger n, out Rational result)
    {
        result = One;
        if (n.IsZero) return true;
        if (IsZero)
        {
            if (n.Sign < 0) return false;
            result = Zero;
            return true;
        }
        if (BigInteger.Abs(Numerator).IsOne && Denominator.IsOne)
        {
            result = n.IsEven ? One : this;   // (±1)ⁿ
            return true;
        }
        var bits = Math.Max(BigInteger.Abs(Numerator).GetBitLength(), Denominator.GetBitLength());
        if (BigInteger.Abs(n) * bits > MaxPowerBits) return false;
        int e = (int)BigInteger.Abs(n);
        // gcd(pᵉ, qᵉ) = 1 when gcd(p, q) = 1: the power is in lowest terms as it stands.
        var p = e == 1 ? this : new Rational(BigInteger.Pow(Numerator, e), BigInteger.Pow(Denominator, e), normalised: true);
        result = n.Sign < 0 ? p.Reciprocal() : p;
        return true;
    }

    /// <summary>Whether this is an exact k-th power of a rational; then <paramref name="root"/> holds the real root.</summary>
    public bool TryExactRoot(int k, out Rational root)
    {
        root = Zero;
        if (Sign < 0 && k % 2 == 0) return false;
        if (!IntegerRoot(BigInteger.Abs(Numerator), k, out var rn) || !IntegerRoot(Denominator, k, out var rd)) return false;
        root = Of(Sign < 0 ? -rn : rn, rd);
        return true;
    }

    /// <summary>⌊n^{1/k}⌋ by Newton's method; returns whether the root is exact.</summary>
    public static bool IntegerRoot(BigInteger n, int k, out BigInteger root)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n), n, "Expected n ≥ 0.");
        if (n < 2 || k == 1) { root = n; return true; }
        var x = BigInteger.One << (int)((n.GetBitLength() + k - 1) / k);   // x ≥ root
        while (true)
        {
            var y = ((k - 1) * x + n / BigInteger.Pow(x, k - 1)) / k;
            if (y >= x) break;
            x = y;
        }
        root = x;
        return BigInteger.Pow(x, k) == n;
    }

    /// <inheritdoc/>
    public bool Equals(Rational other) => Numerator == other.Numerator && _denominatorOrZero == other._denominatorOrZero;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Numerator, _denominatorOrZero);

    /// <inheritdoc/>
    public int CompareTo(Rational other)
    {
        int sign = Sign, otherSign = other.Sign;
        if (sign != otherSign) return sign.CompareTo(otherSign);
        if (_denominatorOrZero == other._denominatorOrZero) return Numerator.CompareTo(other.Numerator);   // incl. two integers
        return (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
    }

    /// <summary>"p" or "p/q", invariant culture.</summary>
    public override string ToString() =>
        IsInteger ? Numerator.ToString(CultureInfo.InvariantCulture)
                  : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

#pragma warning disable CS1591 // operators are self-describing
    public static implicit operator Rational(int n) => Of(n);
    public static implicit operator Rational(long n) => Of(n);
    public static implicit operator Rational(BigInteger n) => Of(n);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator, true);
    public static Rational operator +(Rational a, Rational b) =>
        b.IsZero ? a : a.IsZero ? b : a.IsInteger && b.IsInteger ? Of(a.Numerator + b.Numerator) : Sum(a, b);
    public static Rational operator -(Rational a, Rational b) => a + -b;
    public static Rational operator *(Rational a, Rational b) =>
        b.IsOne ? a : a.IsOne ? b
        : a.IsInteger && b.IsInteger ? Of(a.Numerator * b.Numerator) : ProductOf(a.Numerator, a.Denominator, b.Numerator, b.Denominator);
    public static Rational operator /(Rational a, Rational b) =>
        b.Numerator.IsZero ? throw new DivideByZeroException("Rational division by zero.")
        : b.Numerator.Sign > 0 ? ProductOf(a.Numerator, a.Denominator, b.Denominator, b.Numerator)
        : ProductOf(a.Numerator, a.Denominator, -b.Denominator, -b.Numerator);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;
#pragma warning restore CS1591

    /// <summary>
    /// (p₁/q₁)·(p₂/q₂) for normalised operands (q &gt; 0) with cross-cancellation (Knuth, TAOCP §4.5.1): g₁ = gcd(p₁, q₂),
    /// g₂ = gcd(p₂, q₁), and (p₁/g₁·p₂/g₂)/(q₁/g₂·q₂/g₁) is already in lowest terms. The gcds act on the operands, not on
    /// their products, which matters for the 2,000-bit diagonals of deep ResNets.
    /// </summary>
    private static Rational ProductOf(BigInteger p1, BigInteger q1, BigInteger p2, BigInteger q2)
    {
        if (p1.IsZero || p2.IsZero) return Zero;
        var g1 = Gcd(p1, q2);
        var g2 = Gcd(p2, q1);
        if (!g1.IsOne) (p1, q2) = (p1 / g1, q2 / g1);
        if (!g2.IsOne) (p2, q1) = (p2 / g2, q1 / g2);
        return new Rational(p1 * p2, q1 * q2, normalised: true);
    }

    /// <summary>
    /// p₁/q₁ + p₂/q₂ for normalised operands (Knuth, TAOCP §4.5.1): with d = gcd(q₁, q₂), t = p₁·(q₂/d) + p₂·(q₁/d) and
    /// e = gcd(t, d), the sum is (t/e)/((q₁/d)·(q₂/e)) in lowest terms — no gcd of the full products.
    /// </summary>
    private static Rational Sum(Rational a, Rational b)
    {
        BigInteger q1 = a.Denominator, q2 = b.Denominator;
        var d = Gcd(q1, q2);
        if (d.IsOne) return new Rational(a.Numerator * q2 + b.Numerator * q1, q1 * q2, normalised: true);
        var t = a.Numerator * (q2 / d) + b.Numerator * (q1 / d);
        if (t.IsZero) return Zero;
        var e = Gcd(t, d);
        return new Rational(t / e, q1 / d * (q2 / e), normalised: true);
    }

    /// <summary>
    /// gcd(a, b) ≥ 0. When either operand is a power of two (the denominators of dyadic rationals: doubles, δ = 2⁻⁴⁰,
    /// α = ½) the gcd is the smaller power of two dividing both, read off the trailing zero bits; the general
    /// Euclidean gcd of a 2,000-bit 5ⁿ and 4ⁿ takes about 20 µs.
    /// </summary>
    private static BigInteger Gcd(BigInteger a, BigInteger b)
    {
        if (a.IsZero) return BigInteger.Abs(b);
        if (b.IsZero) return BigInteger.Abs(a);
        if (a.IsOne || b.IsOne) return BigInteger.One;
        if (a.IsPowerOfTwo || b.IsPowerOfTwo)
            return BigInteger.One << (int)BigInteger.Min(BigInteger.TrailingZeroCount(a), BigInteger.TrailingZeroCount(b));
        return BigInteger.GreatestCommonDivisor(a, b);
    }
}
