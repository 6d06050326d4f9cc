namespace Symbolic.Compilation.Vectorized;

/// <summary>
/// The lane-wise double operations one SIMD width provides, as static abstract members so generic kernels written
/// once over <typeparamref name="TV"/> are specialised by the JIT for each width (<see cref="Lanes512"/>,
/// <see cref="Lanes256"/>) with no call overhead. Every operation is IEEE lane by lane, so the same kernel gives
/// bitwise the same lane values at either width (except the runtime's own Exp/Log/Sin/Cos, which may differ).
/// Masks are vectors whose lanes are all-ones (true) or all-zeros (false).
/// </summary>
/// <typeparam name="TV">The vector type, e.g. <c>Vector512&lt;double&gt;</c>.</typeparam>
internal interface ILanes<TV> where TV : struct
{
    /// <summary>Number of doubles per vector.</summary>
    static abstract int Count { get; }

    /// <summary>All lanes equal to <paramref name="value"/>.</summary>
    static abstract TV Create(double value);

    /// <summary>Loads Count doubles from <paramref name="source"/> + <paramref name="offset"/>.</summary>
    static abstract TV Load(ref double source, nuint offset);

    /// <summary>Stores Count doubles to <paramref name="destination"/> + <paramref name="offset"/>.</summary>
    static abstract void Store(TV value, ref double destination, nuint offset);

    /// <summary>a + b.</summary>
    static abstract TV Add(TV a, TV b);

    /// <summary>a − b.</summary>
    static abstract TV Subtract(TV a, TV b);

    /// <summary>a · b.</summary>
    static abstract TV Multiply(TV a, TV b);

    /// <summary>a / b.</summary>
    static abstract TV Divide(TV a, TV b);

    /// <summary>a·b + c with one rounding.</summary>
    static abstract TV FusedMultiplyAdd(TV a, TV b, TV c);

    /// <summary>√x (correctly rounded).</summary>
    static abstract TV Sqrt(TV x);

    /// <summary>|x|.</summary>
    static abstract TV Abs(TV x);

    /// <summary>max(a, b) with <see cref="Math.Max(double, double)"/>'s semantics (NaN propagates, +0 &gt; −0).</summary>
    static abstract TV Max(TV a, TV b);

    /// <summary>min(a, b) with <see cref="Math.Min(double, double)"/>'s semantics.</summary>
    static abstract TV Min(TV a, TV b);

    /// <summary>The runtime's vectorised eˣ.</summary>
    static abstract TV Exp(TV x);

    /// <summary>The runtime's vectorised ln x.</summary>
    static abstract TV Log(TV x);

    /// <summary>The runtime's vectorised sin x.</summary>
    static abstract TV Sin(TV x);

    /// <summary>The runtime's vectorised cos x.</summary>
    static abstract TV Cos(TV x);

    /// <summary>Mask of a &gt; b (false where either is NaN).</summary>
    static abstract TV GreaterThan(TV a, TV b);

    /// <summary>Mask of a &lt; b (false where either is NaN).</summary>
    static abstract TV LessThan(TV a, TV b);

    /// <summary>Mask of a = b (false where either is NaN).</summary>
    static abstract TV EqualTo(TV a, TV b);

    /// <summary>Per lane: mask ? ifTrue : ifFalse.</summary>
    static abstract TV Select(TV mask, TV ifTrue, TV ifFalse);

    /// <summary>Bitwise a ∧ b.</summary>
    static abstract TV And(TV a, TV b);

    /// <summary>Bitwise a ⊕ b.</summary>
    static abstract TV Xor(TV a, TV b);

    /// <summary>Whether every lane of <paramref name="mask"/> is set.</summary>
    static abstract bool All(TV mask);
}
