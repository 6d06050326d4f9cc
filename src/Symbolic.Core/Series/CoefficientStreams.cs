using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>An exact finite Laurent polynomial Σ c_k x^k (structural zeros at either end trimmed).</summary>
internal sealed class PolynomialStream : CoefficientStream
{
    private readonly Expr[] _coefficients;

    private PolynomialStream(int valuation, Expr[] coefficients)
        : base(valuation, Unbounded, valuation + coefficients.Length - 1) => _coefficients = coefficients;

    /// <summary>The polynomial with <paramref name="coefficients"/>[i] at index valuation + i.</summary>
    public static PolynomialStream Of(int valuation, IReadOnlyList<Expr> coefficients)
    {
        int first = 0, last = coefficients.Count - 1;
        while (first <= last && CoefficientAlgebra.IsZero(coefficients[first])) first++;
        while (last >= first && CoefficientAlgebra.IsZero(coefficients[last])) last--;
        var kept = new Expr[last - first + 1];
        for (int i = 0; i < kept.Length; i++) kept[i] = coefficients[first + i];
        return new PolynomialStream(kept.Length == 0 ? 0 : valuation + first, kept);
    }

    protected override Expr Compute(int k) => _coefficients[k - Valuation];
}

/// <summary>Σ wᵢ·sᵢ for constant weights wᵢ (transparent).</summary>
internal sealed class LinearStream((Expr Weight, CoefficientStream Stream)[] parts) : CoefficientStream(
    parts.Length == 0 ? 0 : parts.Min(p => p.Stream.Valuation),
    parts.Length == 0 ? Unbounded : parts.Min(p => p.Stream.Reach),
    parts.Length == 0 ? -1 : parts.Max(p => p.Stream.Degree))
{
    protected override Expr Compute(int k)
    {
        var terms = new List<Expr>(parts.Length);
        foreach (var (weight, stream) in parts) terms.Add(CoefficientAlgebra.Multiply(weight, stream[k]));
        return CoefficientAlgebra.Sum(terms);
    }
}

/// <summary>The Cauchy product a·b: c_k = Σ_{i+j=k} a_i b_j (transparent).</summary>
internal sealed class ProductStream(CoefficientStream a, CoefficientStream b) : CoefficientStream(
    a.Valuation + b.Valuation,
    Math.Min(AddIndex(a.Reach, b.Valuation), AddIndex(b.Reach, a.Valuation)),
    AddIndex(a.Degree, b.Degree))
{
    protected override Expr Compute(int k)
    {
        int low = b.Degree == Unbounded ? a.Valuation : Math.Max(a.Valuation, k - b.Degree);
        int high = Math.Min(k - b.Valuation, a.Degree);
        var terms = new List<Expr>();
        for (int i = low; i <= high; i++)
        {
            var left = a[i];
            if (CoefficientAlgebra.IsZero(left)) continue;
            var right = b[k - i];
            if (CoefficientAlgebra.IsZero(right)) continue;
            terms.Add(CoefficientAlgebra.Multiply(left, right));
        }
        return CoefficientAlgebra.Sum(terms);
    }
}

/// <summary>The same series in the finer variable y = x^{1/m}: c'_{mk} = c_k, zero elsewhere (transparent).</summary>
internal sealed class LiftStream(CoefficientStream inner, int factor) : CoefficientStream(
    inner.Valuation * factor, ScaleIndex(inner.Reach, factor), ScaleIndex(inner.Degree, factor))
{
    protected override Expr Compute(int k) => k % factor == 0 ? inner[k / factor] : Number.Zero;
}

/// <summary>x^s times a series: c'_k = c_{k−s} (transparent).</summary>
internal sealed class ShiftStream(CoefficientStream inner, int shift) : CoefficientStream(
    inner.Valuation + shift, AddIndex(inner.Reach, shift), AddIndex(inner.Degree, shift))
{
    protected override Expr Compute(int k) => inner[k - shift];
}

/// <summary>
/// A truncated series: coefficients below the cap come from an array or a lazily read inner stream; from the cap on
/// they are fresh placeholders τ(owner, k). Results of non-polynomial operations (inverse, roots, compositions) are
/// cut, because only finitely many of their coefficients are ever computed.
/// </summary>
internal sealed class CutStream : CoefficientStream
{
    private readonly CoefficientStream? _inner;
    private readonly Expr[] _values;
    private readonly int _first;

    /// <summary>Cuts <paramref name="inner"/> at index <paramref name="cap"/>.</summary>
    public CutStream(CoefficientStream inner, int cap) : base(Math.Min(inner.Valuation, cap), cap, Unbounded)
        => (_inner, _values, _first) = (inner, [], 0);

    /// <summary>Coefficients values[i] at index first + i (zero elsewhere below the cap).</summary>
    public CutStream(int first, Expr[] values, int cap) : base(Math.Min(LeadingIndex(first, values), cap), cap, Unbounded)
        => (_inner, _values, _first) = (null, values, first);

    protected override Expr Compute(int k)
    {
        if (k >= Reach) return TailSymbols.Of(Owner, k);
        if (_inner is not null) return _inner[k];
        int i = k - _first;
        return i >= 0 && i < _values.Length ? _values[i] : Number.Zero;
    }

    private static int LeadingIndex(int first, Expr[] values)
    {
        for (int i = 0; i < values.Length; i++)
            if (!CoefficientAlgebra.IsZero(values[i])) return first + i;
        return first + values.Length;
    }
}
