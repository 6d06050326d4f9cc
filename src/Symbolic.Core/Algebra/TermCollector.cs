using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;

namespace Symbolic.Core.Algebra;

/// <summary>
/// The working state of one canonical sum (<see cref="Algebra.Add"/>): the rational constant, the coefficient of each
/// distinct body in order of first appearance, and the float part. Collectors are pooled per thread and reused, so
/// building a sum allocates only the node's own term array; like terms are found by a linear scan over the few
/// bodies of a typical sum, or through an index once a sum grows past <see cref="IndexThreshold"/> bodies.
/// </summary>
internal sealed class TermCollector
{
    private const int IndexThreshold = 16;

    [ThreadStatic] private static Stack<TermCollector>? t_pool;

    private Expr[] _bodies = new Expr[IndexThreshold];
    private Rational[] _coefficients = new Rational[IndexThreshold];
    private int _count;
    private Dictionary<Expr, int>? _index;
    private bool _indexed;
    private Rational _constant;
    private double? _floats;
    private readonly List<Sum.Term> _floatTerms = [];

    /// <summary>A cleared collector for this thread; give it back through <see cref="ToExpr"/>.</summary>
    public static TermCollector Rent() => t_pool is { Count: > 0 } pool ? pool.Pop() : new TermCollector();

    /// <summary>Adds one summand: numbers fold into the constant, sums are flattened, c·m (c ≠ 1) counts as c times the
    /// monic m, floats fold together, and anything else is a body with coefficient 1.</summary>
    public void Add(Expr term)
    {
        switch (term)
        {
            case Number n: _constant += n.Value; break;
            case Sum s:
                _constant += s.Constant;
                foreach (var (c, body) in s.Terms) Collect(body, c);
                break;
            case Product { Coefficient.IsOne: false } p: Collect(Algebra.Monic(p), p.Coefficient); break;
            default: Collect(term, Rational.One); break;
        }
    }

    /// <summary>Adds the rational <paramref name="c"/> (as <see cref="Add"/> of the number c does).</summary>
    public void AddConstant(Rational c) => _constant += c;

    /// <summary>
    /// Adds c·<paramref name="body"/>: the same as <see cref="Add"/> of <see cref="Algebra.Scale"/>(c, body), without
    /// building the scaled node that <see cref="Add"/> would take apart again. For an exact body that node is c·n, the
    /// sum with every coefficient (and the constant) times c, the product with coefficient c·k over the same factors,
    /// or the product c·body; a float body goes through <see cref="Algebra.Scale"/> (c·f folds into the float).
    /// </summary>
    public void AddScaled(Rational c, Expr body)
    {
        if (c.IsZero) return;
        switch (body)
        {
            case Number n: _constant += c * n.Value; break;
            case Float: Add(Algebra.Scale(c, body)); break;
            case Sum s when s.IsExact:
                _constant += c * s.Constant;
                foreach (var (k, b) in s.Terms) Merge(b, c * k);
                break;
            case Product p when p.IsExact && p.Factors is not [Sum]:
                Merge(Algebra.Monic(p), c * p.Coefficient);
                break;
            case Sum or Product: Add(Algebra.Scale(c, body)); break;
            default: Collect(body, c); break;
        }
    }

    /// <summary>The canonical sum of everything added, returning this collector to the pool first.</summary>
    public Expr ToExpr() =>
        TryTakeSumParts(out var constant, out var terms, out var other)
            ? Sum.Intern(constant, ImmutableCollectionsMarshal.AsImmutableArray(terms))
            : other!;

    /// <summary>
    /// The canonical sum of everything added, returning this collector to the pool: when it is a <see cref="Sum"/>,
    /// its constant and sorted terms without interning the node (true); otherwise the number or single scaled term it
    /// is (false, in <paramref name="other"/>).
    /// </summary>
    public bool TryTakeSumParts(out Rational constant, out Sum.Term[] terms, out Expr? other)
    {
        constant = _constant;
        if (_floats is double f)
        {
            f += constant.ToDouble();
            if (!double.IsNaN(f))
            {
                constant = Rational.Zero;
                if (f != 0) Merge(Float.Of(f), Rational.One);
            }
            else
            {
                // ∞ − ∞: keep the float terms apart rather than invent a NaN.
                foreach (var term in _floatTerms) Merge(term.Body, term.Coefficient);
            }
        }

        int kept = 0;
        for (int i = 0; i < _count; i++) if (!_coefficients[i].IsZero) kept++;
        terms = new Sum.Term[kept];
        for (int i = 0, k = 0; i < _count; i++)
            if (!_coefficients[i].IsZero) terms[k++] = new Sum.Term(_coefficients[i], _bodies[i]);
        Release();

        // ExprOrder is a strict total order on distinct nodes, so any sorting algorithm gives the same order.
        if (terms.Length > 1) Array.Sort(terms, s_termOrder);
        other = (constant.IsZero, terms.Length) switch
        {
            (_, 0) => Number.Of(constant),
            (true, 1) => Algebra.Scale(terms[0].Coefficient, terms[0].Body),
            _ => null,
        };
        return other is null;
    }

    private void Collect(Expr body, Rational c)
    {
        if (body is Float fl)
        {
            _floats = (_floats ?? 0) + c.ToDouble() * fl.Value;
            _floatTerms.Add(new Sum.Term(c, fl));
        }
        else Merge(body, c);
    }

    private void Merge(Expr body, Rational c)
    {
        int i = IndexOf(body);
        if (i >= 0)
        {
            _coefficients[i] += c;
            return;
        }
        if (_count == _bodies.Length)
        {
            Array.Resize(ref _bodies, 2 * _count);
            Array.Resize(ref _coefficients, 2 * _count);
        }
        _bodies[_count] = body;
        _coefficients[_count] = c;
        if (_indexed) _index!.Add(body, _count);
        _count++;
    }

    private int IndexOf(Expr body)
    {
        if (_indexed) return _index!.TryGetValue(body, out int i) ? i : -1;
        for (int j = 0; j < _count; j++) if (ReferenceEquals(_bodies[j], body)) return j;
        if (_count >= IndexThreshold)
        {
            _index ??= new Dictionary<Expr, int>(ExprReferenceComparer.Instance);
            for (int j = 0; j < _count; j++) _index.Add(_bodies[j], j);
            _indexed = true;
        }
        return -1;
    }

    private void Release()
    {
        Array.Clear(_bodies, 0, _count);
        Array.Clear(_coefficients, 0, _count);
        _count = 0;
        if (_indexed)
        {
            _index!.Clear();
            _indexed = false;
        }
        _constant = Rational.Zero;
        _floats = null;
        _floatTerms.Clear();
        (t_pool ??= new Stack<TermCollector>()).Push(this);
    }

    // A cached delegate: sorting through an IComparer wraps it in a new Comparison on every call.
    private static readonly Comparison<Sum.Term> s_termOrder = static (x, y) => ExprOrder.Instance.Compare(x.Body, y.Body);
}
