namespace Symbolic.Core.Expressions;

/// <summary>
/// An explicit approximate constant. Exact numbers are never silently turned into floats, but arithmetic that
/// already involves a float folds its exact partners into it (float contagion). NaN and infinities are refused.
/// </summary>
public sealed class Float : Expr
{
    private static readonly InternTable<Float> s_table = new();

    private Float(double value, int hash) : base(ExprKind.Float, hash, [], isExact: false,
            payloadFingerprint: (ulong)BitConverter.DoubleToInt64Bits(value)) => Value = value;

    private System.Runtime.CompilerServices.StrongBox<Numbers.Rational>? _exactMagnitude;

    /// <summary>The value (not NaN; −0 is stored as 0).</summary>
    public double Value { get; }

    /// <summary>|Value| as an exact (dyadic) rational, computed once: sign inference bounds every float it meets by it.</summary>
    internal Numbers.Rational ExactMagnitude => (_exactMagnitude ??= new(Numbers.Rational.FromDouble(Math.Abs(Value)))).Value;

    /// <summary>The unique node for <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN.</exception>
    public static Float Of(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "A Float cannot be NaN.");
        if (value == 0) value = 0;   // fold −0 into +0
        return s_table.GetOrAdd(new Key(value));
    }

    /// <summary>Deconstructs into the value.</summary>
    public void Deconstruct(out double value) => value = Value;

    // Floats are told apart by their bits (0 and −0 are folded before).
    private readonly struct Key(double value) : IInternKey<Float>
    {
        public int Hash => HashCode.Combine(ExprKind.Float, value);

        public bool Matches(Float node) => BitConverter.DoubleToInt64Bits(node.Value) == BitConverter.DoubleToInt64Bits(value);

        public Float Create(int hash) => new(value, hash);
    }
}
