using Symbolic.Core.Expressions;
using Symbolic.Core.Functions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Series;

/// <summary>
/// Expands an expression f(t) at t = t₀ + σu in powers of u^{1/n}: each unique node of the DAG gets one series
/// (iterative post-order, memoized by reference), built from its children's by series arithmetic and by composition
/// with the known expansions (<see cref="SeriesFunctions"/>). A depth-L kernel is thus expanded by composing L
/// layers of series, never by differentiating. Constant subexpressions are folded exactly (<see cref="ExactValues"/>).
/// </summary>
/// <remarks>
/// Every truncating operation works to a common working order, initially the requested one plus u^{1/2}. If the result is known
/// to a lower order (e.g. each acos at a branch point loses u^{1/2} relative to its argument), or a leading term is
/// not known, the expansion is repeated with a higher working order, up to <see cref="MaxAttempts"/> times.
/// </remarks>
public static class SeriesExpander
{
    /// <summary>How many working orders are tried before giving up.</summary>
    public const int MaxAttempts = 6;

    /// <summary>The first working order exceeds the requested one by u^{1/2}: the loss of one acos or √ at a branch
    /// point, which kernels at t = ±1 always incur once (so the common case needs a single pass).</summary>
    private static readonly Rational Headroom = Rational.Half;

    /// <summary>f(t₀ + σu) = Σ c_p u^p + O(u^order) with exact coefficients. Never throws for user input: failures
    /// (no real expansion, log u terms, …) come back as <see cref="SeriesExpansion.Error"/>.</summary>
    public static SeriesExpansion Expand(Expr function, Symbol variable, ExpansionPoint point, Rational order) =>
        Expand(function, variable, point, order, SeriesBudget.Unlimited);

    /// <summary>As <see cref="Expand(Expr, Symbol, ExpansionPoint, Rational)"/>, stopping with
    /// <see cref="SeriesFailure.BudgetExceeded"/> once <paramref name="budget"/> is spent.</summary>
    public static SeriesExpansion Expand(Expr function, Symbol variable, ExpansionPoint point, Rational order, SeriesBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var scope = budget.Enter();
        if (point.Center.DependsOn(variable))
            return new(function, variable, point, order, null, SeriesFailure.Unsupported,
                $"The expansion point must not depend on {variable.Name}.", []);
        var working = order + Headroom;
        (PuiseuxSeries Series, SeriesContext Context, Rational Known)? best = null;
        SeriesException? shortfall = null;
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var context = new SeriesContext();
            try
            {
                var root = ExpandOnce(function, variable, point, working, order, context);
                if (root.KnownOrderUpTo(order) is not Rational known || known >= order) return Finish(root, order, context);
                if (best is null || known > best.Value.Known) best = (root, context, known);
                working += Max(order - known, Rational.Half);
            }
            catch (SeriesException e) when (e.Failure == SeriesFailure.Shortfall)
            {
                shortfall = e;
                working += Max(working.Abs() / 2, Rational.One);
            }
            catch (SeriesException e)
            {
                return Failed(e, context);
            }
            catch (ArgumentException e)   // an internal precondition (e.g. a composition whose inner constant term was not proven 0)
            {
                return Failed(new SeriesException(SeriesFailure.Unsupported, $"The expansion could not be composed: {e.Message}"), context);
            }
            catch (ArithmeticException e)   // e.g. an exact power too large to form
            {
                return Failed(new SeriesException(SeriesFailure.Unsupported, $"Arithmetic failed while expanding: {e.Message}"), context);
            }
        }
        if (best is var (series, bestContext, reached))
        {
            bestContext.Note(SeriesNoteKind.OrderNotReached,
                $"Only the terms below u^({reached}) could be determined (requested u^({order})).");
            return Finish(series, reached, bestContext);
        }
        return Failed(shortfall!, new SeriesContext());

        SeriesExpansion Finish(PuiseuxSeries root, Rational target, SeriesContext context)
        {
            var terms = new List<SeriesTerm>();
            bool beyond = root.IsExact && root.Stream.Degree >= PuiseuxSeries.CapIndex(target, root.Ramification);
            int cap = root.IsExact ? Math.Min(root.Stream.Degree + 1, PuiseuxSeries.CapIndex(target, root.Ramification))
                                   : PuiseuxSeries.CapIndex(target, root.Ramification);
            for (int k = root.Stream.Valuation; k < cap; k++)
            {
                var c = root.Stream[k];
                var power = Rational.Of(k, root.Ramification);
                if (CoefficientAlgebra.IsZero(c) || context.IsZero(c, $"the coefficient of u^({power})") == Truth.True) continue;
                terms.Add(new SeriesTerm(power, c));
            }
            var result = PuiseuxSeries.FromTerms(terms, root.IsExact && !beyond ? null : target);
            return new(function, variable, point, order, result, null, null, [.. context.Notes]);
        }

        SeriesExpansion Failed(SeriesException e, SeriesContext context) =>
            new(function, variable, point, order, null, e.Failure, e.Message, [.. context.Notes]);
    }

    private static PuiseuxSeries ExpandOnce(Expr e, Symbol t, ExpansionPoint point, Rational order, Rational requested, SeriesContext context)
    {
        var folded = new Dictionary<Expr, Expr>(ReferenceEqualityComparer.Instance);
        var series = new Dictionary<Expr, PuiseuxSeries>(ReferenceEqualityComparer.Instance);
        var variable = PuiseuxSeries.FromTerms([new(Rational.Zero, point.Center), new(Rational.One, Number.Of(point.Direction))]);
        foreach (var node in DagWalk.PostOrder(e))
        {
            SeriesBudget.Check();
            if (!node.DependsOn(t))
            {
                folded[node] = Fold(node);
                continue;
            }
            series[node] = node switch
            {
                Symbol => variable,
                Sum s => PuiseuxSeries.Linear([
                    (Number.Of(s.Constant), PuiseuxSeries.One),
                    .. s.Terms.Select(term => ((Expr)Number.Of(term.Coefficient), Of(term.Body)))]),
                Product p => ProductOf(p),
                Power p => PowerOf(p),
                Call c => SeriesFunctions.Apply(c.Function, [.. c.Arguments.Select(Of)], order, context),
                _ => throw new System.Diagnostics.UnreachableException($"SeriesExpander lacks {node.Kind}."),
            };
            series[node].Prime(requested);
        }
        return Of(e);

        PuiseuxSeries Of(Expr node) => node.DependsOn(t) ? series[node] : PuiseuxSeries.Constant(folded[node]);

        Expr Fold(Expr node) => node switch
        {
            Number or Float or Constant or Symbol => node,
            Call c => ExactValues.Fold(c.Function, [.. c.Arguments.Select(a => folded[a])], context),
            _ => Rebuild.With(node, [.. node.Children.Select(a => folded[a])]),
        };

        PuiseuxSeries ProductOf(Product p)
        {
            var weight = Algebra.Algebra.Multiply([Number.Of(p.Coefficient), .. p.Factors.Where(f => !f.DependsOn(t)).Select(f => folded[f])]);
            PuiseuxSeries? product = null;
            foreach (var factor in p.Factors.Where(f => f.DependsOn(t)))
                product = product is null ? series[factor] : product.Multiply(series[factor]);
            return product!.Scale(weight);
        }

        PuiseuxSeries PowerOf(Power p)
        {
            if (!p.Exponent.DependsOn(t)) return Of(p.Base).Pow(folded[p.Exponent], order, context);
            // bˣ = exp(x·log b)
            var logBase = p.Base.DependsOn(t)
                ? SeriesFunctions.Apply(FunctionId.Log, [series[p.Base]], order, context)
                : PuiseuxSeries.Constant(ExactValues.Fold(FunctionId.Log, [folded[p.Base]], context));
            return SeriesFunctions.Apply(FunctionId.Exp, [series[p.Exponent] * logBase], order, context);
        }
    }

    private static Rational Max(Rational a, Rational b) => a > b ? a : b;
}
