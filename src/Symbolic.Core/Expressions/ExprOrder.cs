namespace Symbolic.Core.Expressions;

/// <summary>
/// The deterministic total order of canonical forms. Key, lexicographically: kind rank; then size class (small =
/// depth ≤ <see cref="SmallDepth"/>, small before large); for two large nodes the process-independent
/// <see cref="Expr.Fingerprint"/>; then children left to right (by this same order); then payload (symbol names
/// ordinally, rationals by value). Never uses the per-process hash, so canonical and printed output is stable
/// across runs. Small expressions order structurally (x &lt; y, readable); large ones in O(1) — sorting the
/// L factors of a depth-L chain-rule product would otherwise cost O(L) per comparison.
/// Iterative: only the first differing child pair is descended into.
/// </summary>
public sealed class ExprOrder : IComparer<Expr>
{
    /// <summary>The single instance.</summary>
    public static ExprOrder Instance { get; } = new();

    /// <summary><see cref="Compare"/> as a delegate, created once (sorting through an <see cref="IComparer{T}"/> wraps it
    /// in a new delegate on every call).</summary>
    public static Comparison<Expr> Comparison { get; } = Instance.Compare;

    /// <summary>Nodes at most this deep compare structurally; deeper ones by fingerprint first.</summary>
    public const int SmallDepth = 6;

    private ExprOrder() { }

    /// <inheritdoc/>
    public int Compare(Expr? x, Expr? y)
    {
        while (true)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            if (x.Kind != y.Kind) return ((int)x.Kind).CompareTo((int)y.Kind);   // not Enum.CompareTo, which boxes
            bool xLarge = x.Depth > SmallDepth, yLarge = y.Depth > SmallDepth;
            if (xLarge != yLarge) return xLarge ? 1 : -1;
            if (xLarge && x.Fingerprint != y.Fingerprint) return x.Fingerprint.CompareTo(y.Fingerprint);
            switch (x)
            {
                case Number a: return a.Value.CompareTo(((Number)y).Value);
                case Float a: return a.Value.CompareTo(((Float)y).Value);
                case Constant a: return a.Id.CompareTo(((Constant)y).Id);
                case Symbol a: return string.CompareOrdinal(a.Name, ((Symbol)y).Name);
                case Call a when a.Function != ((Call)y).Function: return a.Function.CompareTo(((Call)y).Function);
            }
            var cx = x.Children;
            var cy = y.Children;
            int n = Math.Min(cx.Length, cy.Length), i = 0;
            while (i < n && ReferenceEquals(cx[i], cy[i])) i++;
            if (i < n)
            {
                (x, y) = (cx[i], cy[i]);   // lexicographic: the first differing child decides
                continue;
            }
            if (cx.Length != cy.Length) return cx.Length.CompareTo(cy.Length);
            return (x, y) switch
            {
                (Product a, Product b) => a.Coefficient.CompareTo(b.Coefficient),
                (Sum a, Sum b) => CompareSums(a, b),
                _ => 0,
            };
        }
    }

    private static int CompareSums(Sum a, Sum b)
    {
        for (int i = 0; i < a.Terms.Length; i++)
        {
            int c = a.Terms[i].Coefficient.CompareTo(b.Terms[i].Coefficient);
            if (c != 0) return c;
        }
        return a.Constant.CompareTo(b.Constant);
    }
}
