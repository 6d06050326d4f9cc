using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// Where and from which side a function of t is expanded: t = t₀ + σ·u with u → 0⁺ and σ = ±1. The endpoints of
/// the kernels' domain [−1, 1] are approached from inside: <see cref="One"/> is t = 1 − u, <see cref="MinusOne"/>
/// is t = −1 + u (the forms κ(1 − u) and κ(−1 + u) of Bietti–Bach, fc-resnet.md §3).
/// </summary>
public sealed record ExpansionPoint
{
    private ExpansionPoint(Expr center, int direction) => (Center, Direction) = (center, direction);

    /// <summary>t = 1 − u.</summary>
    public static ExpansionPoint One { get; } = new(Number.One, -1);

    /// <summary>t = −1 + u.</summary>
    public static ExpansionPoint MinusOne { get; } = new(Number.MinusOne, 1);

    /// <summary>The centre t₀.</summary>
    public Expr Center { get; }

    /// <summary>σ = +1 (t = t₀ + u) or −1 (t = t₀ − u).</summary>
    public int Direction { get; }

    /// <summary>t = t₀ + u (approached from above; at an interior point the side does not matter).</summary>
    public static ExpansionPoint At(Expr center) => new(center, 1);

    /// <summary>t = t₀ + σ·u for σ = ±1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">σ is not ±1.</exception>
    public static ExpansionPoint Approaching(Expr center, int direction) =>
        direction is 1 or -1 ? new(center, direction) : throw new ArgumentOutOfRangeException(nameof(direction), direction, "Expected +1 or -1.");

    /// <summary>The expression t₀ + σ·u substituted for t.</summary>
    public Expr Substitution(Symbol u) => Algebra.Algebra.Add(Center, Algebra.Algebra.Scale(Direction, u));

    /// <summary>"t0 + u" or "t0 - u" with the centre in debug form.</summary>
    public override string ToString() => $"{Center} {(Direction > 0 ? '+' : '-')} u";
}
