using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Series;

/// <summary>Discoverable series expansion on <see cref="Expr"/>.</summary>
public static class ExprSeries
{
    extension(Expr e)
    {
        /// <summary>
        /// e(t₀ + σu) = Σ c_p u^p + O(u^order) with exact coefficients (see <see cref="SeriesExpander.Expand(Expr, Symbol, ExpansionPoint, Rational)"/>);
        /// e.g. κ₀(1 − u) = 1 − (√2/π)u^{1/2} − (√2/(12π))u^{3/2} − … (fc-resnet.md §1.2).
        /// </summary>
        /// <exception cref="SeriesException">No expansion exists. Use <see cref="SeriesExpander.Expand(Expr, Symbol, ExpansionPoint, Rational)"/> to get the
        /// reason and the numeric decisions as data instead.</exception>
        public PuiseuxSeries Series(Symbol variable, ExpansionPoint point, Rational order)
        {
            var expansion = SeriesExpander.Expand(e, variable, point, order);
            return expansion.Series ?? throw new SeriesException(expansion.Failure ?? SeriesFailure.Unsupported, expansion.Error ?? "No series.");
        }
    }
}
