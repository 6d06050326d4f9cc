using System.Collections.Concurrent;
using System.Numerics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Traversal;

namespace Symbolic.Kernels.Activations;

/// <summary>
/// The pieces every dual shares for (u, v) ~ N(0, [[a, c], [c, b]]): the scale √(ab) and the correlation ρ = c/√(ab),
/// and the guards that keep ρ in [−1, 1] in floating point.
/// </summary>
/// <remarks>
/// ρ can leave [−1, 1] by an ulp where it is exactly ±1 in theory (e.g. at t = 1 after a few layers), where acos and
/// √(1 − ρ²) return NaN; and since κ₀(1 − ε) = 1 − √(2ε)/π, even an ulp inside costs 10⁻⁸. So a composite ρ is wrapped:
/// when the scale is exactly 1 in the clamp min(1, max(−1, ρ)), otherwise in the snap
/// min(1, max(−1, ρ + δ·sign(ρ)·H(|ρ| − 1 + δ))) with δ = 2⁻⁴⁰, which is the identity for |ρ| &lt; 1 − δ and ±1 beyond, so
/// that rounding near ±1 (thousands of ulps) lands exactly on ±1. A bare symbol (t, or a recursion symbol Σₗ₋₁) or an
/// in-range number needs no guard. Guards are registered, so <see cref="WithoutGuards(Expr)"/> can strip them for display.
/// </remarks>
public static class GaussianPair
{
    /// <summary>The snapping tolerance δ = 2⁻⁴⁰ ≈ 9.1·10⁻¹³.</summary>
    public static Number SnapTolerance { get; } = Number.Of(BigInteger.One, BigInteger.One << 40);

    private static readonly double s_delta = SnapTolerance.Value.ToDouble();
    private static readonly ConcurrentDictionary<Expr, Expr> s_guards = new();

    /// <summary>√(ab); when a and b are the same node this is a itself (√(a²) = a, variances being positive).</summary>
    public static Expr Scale(Expr var1, Expr var2) => ReferenceEquals(var1, var2) ? var1 : Fn.Sqrt(var1 * var2);

    /// <summary>√(ab) in doubles.</summary>
    public static double Scale(double var1, double var2) => var1 == var2 ? var1 : Math.Sqrt(var1 * var2);

    /// <summary>ρ = c/√(ab), guarded to [−1, 1] unless it is a symbol, an in-range number, or already guarded.</summary>
    public static Expr Correlation(Expr cov, Expr scale)
    {
        var rho = cov / scale;
        if (rho is Symbol || rho is Number n && n.Value >= -1 && n.Value <= 1 || IsGuard(rho)) return rho;
        return ReferenceEquals(scale, Number.One) ? Clamp(rho) : Snap(rho);
    }

    /// <summary>ρ = c/√(ab) in doubles, snapped to ±1 within δ (the same rule as <see cref="Snap(Expr)"/>); 0 when a variance is 0.</summary>
    public static double Correlation(double cov, double scale) => scale == 0 ? 0 : Snap(cov / scale);

    /// <summary>
    /// k stored as s·g(k/s) with the guard g (identity on [−1, 1]; snapping when <paramref name="snap"/>): valid for any
    /// kernel bounded by its scale (Cauchy–Schwarz). Keeps a skip-connection sum one shared node instead of letting the
    /// canonical sum flatten x + f(x) recursions into O(L²) terms, and makes k/s exactly ±1 at t = ±1.
    /// </summary>
    public static Expr Bounded(Expr k, Expr scale, bool snap)
    {
        if (scale is Number { Value.IsZero: true } || k is Number) return k;
        var ratio = k / scale;
        if (ratio is Symbol || IsGuard(ratio)) return k;
        return scale * (snap ? Snap(ratio) : Clamp(ratio));
    }

    /// <summary>The clamp min(1, max(−1, x)).</summary>
    public static Expr Clamp(Expr x) => Register(Fn.Min(Number.One, Fn.Max(Number.MinusOne, x)), x);

    /// <summary>The snap min(1, max(−1, x + δ·sign(x)·H(|x| − 1 + δ))): x for |x| &lt; 1 − δ, sign(x) for |x| &gt; 1 − δ.</summary>
    public static Expr Snap(Expr x)
    {
        var push = SnapTolerance * Fn.Sign(x) * Fn.Heaviside(Fn.Abs(x) - Number.One + SnapTolerance);
        return Register(Fn.Min(Number.One, Fn.Max(Number.MinusOne, x + push)), x);
    }

    /// <summary>The snap in doubles, operation for operation as <see cref="Snap(Expr)"/> evaluates.</summary>
    public static double Snap(double x)
    {
        double push = s_delta * SpecialFunctions.Sign(x) * SpecialFunctions.Heaviside(Math.Abs(x) + (s_delta - 1));
        return Math.Min(1, Math.Max(-1, x + push));
    }

    /// <summary>Whether <paramref name="e"/> is a guard built here.</summary>
    public static bool IsGuard(Expr e) => s_guards.ContainsKey(e);

    /// <summary>
    /// <paramref name="e"/> with every guard g(x) replaced by x: equal wherever the guards are inactive (everywhere, in
    /// exact arithmetic). For displaying recursions; evaluate the guarded form.
    /// </summary>
    public static Expr WithoutGuards(Expr e) => WithoutGuards(e, CancellationToken.None);

    /// <summary>As <see cref="WithoutGuards(Expr)"/>, checking <paramref name="cancellation"/> at every node: without
    /// the guards the skip-connection sums flatten, O(L²) terms for a depth-L ResNet (seconds at L = 1000).</summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellation"/> is cancelled.</exception>
    public static Expr WithoutGuards(Expr e, CancellationToken cancellation)
    {
        var memo = new Dictionary<Expr, Expr>();
        var children = new List<Expr>();
        foreach (var node in DagWalk.PostOrder(e))
        {
            cancellation.ThrowIfCancellationRequested();
            if (s_guards.TryGetValue(node, out var inner))
            {
                memo[node] = memo[inner];
                continue;
            }
            children.Clear();
            foreach (var child in node.Children) children.Add(memo[child]);
            memo[node] = children.Count == 0 ? node : Rebuild.With(node, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children));
        }
        return memo[e];
    }

    private static Expr Register(Expr guard, Expr inner)
    {
        s_guards.TryAdd(guard, inner);
        return guard;
    }
}
