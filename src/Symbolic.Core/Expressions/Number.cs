using System.Collections.Concurrent;
using System.Numerics;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Expressions;

/// <summary>An exact rational constant. Built by <see cref="Of(Rational)"/>; one node per value.</summary>
public sealed class Number : Expr
{
    private static readonly ConcurrentDictionary<Rational, Number> s_table = new();

    private Number(Rational value) : base(ExprKind.Number, HashCode.Combine(ExprKind.Number, value), [], payloadFingerprint: FingerprintOf(value)) => Value = value;

    /// <summary>The exact value.</summary>
    public Rational Value { get; }

    /// <summary>0.</summary>
    public static Number Zero { get; } = Of(Rational.Zero);

    /// <summary>1.</summary>
    public static Number One { get; } = Of(Rational.One);

    /// <summary>−1.</summary>
    public static Number MinusOne { get; } = Of(Rational.MinusOne);

    /// <summary>½.</summary>
    public static Number Half { get; } = Of(Rational.Half);

    /// <summary>The unique node for <paramref name="value"/>.</summary>
    public static Number Of(Rational value) => s_table.GetOrAdd(value, static v => new Number(v));

    /// <summary>The unique node for the integer <paramref name="value"/>.</summary>
    public static Number Of(long value) => Of(Rational.Of(value));

    /// <summary>The unique node for the integer <paramref name="value"/>.</summary>
    public static Number Of(BigInteger value) => Of(Rational.Of(value));

    /// <summary>The unique node for p/q.</summary>
    public static Number Of(BigInteger numerator, BigInteger denominator) => Of(Rational.Of(numerator, denominator));

    /// <summary>Deconstructs into the value.</summary>
    public void Deconstruct(out Rational value) => value = Value;
}
