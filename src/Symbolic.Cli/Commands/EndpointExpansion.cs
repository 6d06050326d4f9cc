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
        // Every term with power ≤ order: the expander returns powers below its order argument (SymPy's convention).
        var limit = new SeriesBudget(budget ?? DefaultBudget, Interruption.Current.Token);
        var expansion = SeriesExpander.Expand(GaussianPair.WithoutGuards(kernel), derivation.Variable, point, order + Rational.Half, limit);
        Interruption.ThrowIfInterrupted();
        return expansion;
    }

    /// <summary>The Bietti–Bach data: ν = the smaller of the two end points' leading non-integer powers, and the
    /// coefficients of u^ν at each end (0 where that end's singular part starts later). Null when neither end has a
    /// non-integer power up to the order tried (a kernel smooth at both ends decays faster than any power).</summary>
    public static (Rational Nu, Expr C1, Expr CMinus1)? Singularity(KernelDerivation derivation, KernelKind kind, bool normalize, Rational order)
    {
        var plus = Expand(derivation, kind, normalize, 1, order);
        var minus = Expand(derivation, kind, normalize, -1, order);
        if (!plus.Succeeded) throw new UserError($"expansion at t = 1 failed: {plus.Error}");
        if (!minus.Succeeded) throw new UserError($"expansion at t = -1 failed: {minus.Error}");
        var p = plus.Series!.SingularTerm;
        var m = minus.Series!.SingularTerm;
        if (p is null && m is null) return null;
        var nu = p is null ? m!.Value.Power : m is null ? p.Value.Power : p.Value.Power < m.Value.Power ? p.Value.Power : m.Value.Power;
        return (nu, plus.Series.Coefficient(nu), minus.Series.Coefficient(nu));
    }
}
