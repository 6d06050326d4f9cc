using System.Diagnostics;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using Symbolic.Kernels;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;

namespace Symbolic.Cli.Commands;

/// <summary>
/// Expansions of a derived kernel at the end points t = ±1 and the Bietti–Bach data they give: the leading
/// non-integer power ν and its coefficients c₁ (in K(1 − u)) and c₋₁ (in K(−1 + u)) (fc-resnet.md §3).
/// </summary>
public static class EndpointExpansion
{
    /// <summary>Largest accepted <c>--order</c>.</summary>
    public const int MaxOrder = 20;

    /// <summary>The default time budget of one expansion (<c>expand --timeout</c>): exact coefficients over irrational
    /// parameters can grow for minutes, and a run past the budget stops with a message saying how to go on.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(120);

    /// <summary>K(1 − u) for <paramref name="at"/> = 1, K(−1 + u) for −1, with every power ≤ <paramref name="order"/>
    /// (exact truncation beyond it). Range guards are removed first: the correlations are exactly in [−1, 1]. Past
    /// <paramref name="budget"/> (default <see cref="DefaultBudget"/>) the expansion fails with a message.</summary>
    public static SeriesExpansion Expand(KernelDerivation derivation, KernelKind kind, bool normalize, int at, Rational order, TimeSpan? budget = null)
    {
        var kernel = derivation.Kernel(kind, normalize)
            ?? throw new UserError(derivation.HasClosedForm
                ? "the NTK of this architecture is identically 0 (no trained layer)"
                : $"{derivation.NoClosedFormReason}: series need a closed form");
        var point = at == 1 ? ExpansionPoint.One : ExpansionPoint.MinusOne;
        // The budget covers removing the guards too (O(L²) flattening for deep ResNets).
        var time = budget ?? DefaultBudget;
        long started = Stopwatch.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Interruption.Current.Token);
        stop.CancelAfter(time);
        Expr bare;
        try
        {
            bare = GaussianPair.WithoutGuards(kernel, stop.Token);
        }
        catch (OperationCanceledException)
        {
            Interruption.ThrowIfInterrupted();
            return new SeriesExpansion(kernel, derivation.Variable, point, order, null, SeriesFailure.BudgetExceeded,
                $"The expansion exceeded its time budget of {time.TotalSeconds:0.###} s while removing the range guards (the kernel's closed form is too deep); raise the budget.", []);
        }
        // Every term with power ≤ order: the expander returns powers below its order argument (SymPy's convention).
        var left = time - Stopwatch.GetElapsedTime(started);
        var limit = new SeriesBudget(left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1), Interruption.Current.Token);
        var expansion = SeriesExpander.Expand(bare, derivation.Variable, point, order + Rational.Half, limit);
        Interruption.ThrowIfInterrupted();
        return expansion.Failure == SeriesFailure.BudgetExceeded
            ? expansion with
            {
                Error = $"The expansion exceeded its time budget of {time.TotalSeconds:0.###} s: its exact coefficients grow too large (deep " +
                        "closed forms such as resnet(blocks=1000), or irrational parameters such as α = L^(−γ) with α² irrational); raise " +
                        "the budget, or use fewer blocks or a rational α².",
            }
            : expansion;
    }

    /// <summary>The Bietti–Bach data: ν = the smaller of the two end points' leading non-integer powers, and the
    /// coefficients of u^ν at each end (0 where that end's singular part starts later). Null when neither end has a
    /// non-integer power up to the order tried (a kernel smooth at both ends decays faster than any power).</summary>
    public static (Rational Nu, Expr C1, Expr CMinus1)? Singularity(KernelDerivation derivation, KernelKind kind, bool normalize, Rational order, TimeSpan? budget = null) =>
        TrySingularity(derivation, kind, normalize, order, budget, out var singularity, out var error) ? singularity : throw new UserError(error!);

    /// <summary>As <see cref="Singularity"/>, with a failed expansion (e.g. one past its <paramref name="budget"/>)
    /// reported in <paramref name="error"/> instead of thrown; the expansion at −1 is not tried when the one at 1 failed.</summary>
    public static bool TrySingularity(KernelDerivation derivation, KernelKind kind, bool normalize, Rational order, TimeSpan? budget,
        out (Rational Nu, Expr C1, Expr CMinus1)? singularity, out string? error)
    {
        singularity = null;
        error = null;
        var plus = Expand(derivation, kind, normalize, 1, order, budget);
        if (!plus.Succeeded) { error = $"expansion at t = 1 failed: {plus.Error}"; return false; }
        var minus = Expand(derivation, kind, normalize, -1, order, budget);
        if (!minus.Succeeded) { error = $"expansion at t = -1 failed: {minus.Error}"; return false; }
        var p = plus.Series!.SingularTerm;
        var m = minus.Series!.SingularTerm;
        if (p is null && m is null) return true;
        var nu = p is null ? m!.Value.Power : m is null ? p.Value.Power : p.Value.Power < m.Value.Power ? p.Value.Power : m.Value.Power;
        singularity = (nu, plus.Series.Coefficient(nu), minus.Series.Coefficient(nu));
        return true;
    }
}
