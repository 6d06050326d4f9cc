using System.Numerics;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Expressions;

/// <summary>An exact rational constant. Built by <see cref="Of(Rational)"/>; one node per value.</summary>
public sealed class Number : Expr
{
    private static readonly InternTable<Number> s_table = new();

    private Number(Rational value, int hash) : base(ExprKind.Number, hash, [], payloadFingerprint: FingerprintOf(value)) => Value = value;

    private System.Runtime.CompilerServices.StrongBox<Rational>? _magnitude;

    /// <summary>The exact value.</summary>
    public Rational Value { get; }

    /// <summary>|Value|, computed once (sign inference bounds every number it meets by it).</summary>
    internal Rational Magnitude => Value.Sign >= 0 ? Value : (_magnitude ??= new(Value.Abs())).Value;

    /// <summary>0.</summary>
    public static Number Zero { get; } = Of(Rational.Zero);

    /// <summary>1.</summary>
    public static Number One { get; } = Of(Rational.One);

    /// <summary>−1.</summary>
    public static Number MinusOne { get; } = Of(Rational.MinusOne);

    /// <summary>½.</summary>
    public static Number Half { get; } = Of(Rational.Half);

    /// <summary>The unique node for <paramref name="value"/>.</summary>
    public static Number Of(Rational value) => s_table.GetOrAdd(new Key(value));

    /// <summary>The unique node for the integer <paramref name="value"/>.</summary>
    public static Number Of(long value) => Of(Rational.Of(value));

    /// <summary>The unique node for the integer <paramref name="value"/>.</summary>
    public static Number Of(BigInteger value) => Of(Rational.Of(value));

    /// <summary>The unique node for p/q.</summary>
    public static Number Of(BigInteger numerator, BigInteger denominator) => Of(Rational.Of(numerator, denominator));

    /// <summary>Deconstructs into the value.</summary>
    public void Deconstruct(out Rational value) => value = Value;

    private readonly struct Key(Rational value) : IInternKey<Number>
    {
        public int Hash => HashCode.Combine(ExprKind.Number, value);

        public bool Matches(Number node) => node.Value == value;

        public Number Create(int hash) => new(value, hash);
    }
}
