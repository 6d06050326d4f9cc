using Symbolic.Core.Expressions;

namespace Symbolic.Core.Algebra;

/// <summary>
/// The bases of one canonical product (<see cref="Algebra.Multiply"/>) in order of first appearance, each with the
/// exponents it was given, in order. Collectors are pooled per thread (a product may build others while it merges its
/// bases, so each call rents its own); a typical product has a handful of bases, found by a linear scan, and an
/// index is built once a product grows past <see cref="IndexThreshold"/> bases.
/// </summary>
internal sealed class FactorCollector
{
    private const int IndexThreshold = 16;

    [ThreadStatic] private static Stack<FactorCollector>? t_pool;

    private Expr[] _bases = new Expr[IndexThreshold];
    private Expr[] _firstExponents = new Expr[IndexThreshold];
    private List<Expr>?[] _moreExponents = new List<Expr>?[IndexThreshold];
    private int _count;
    private Dictionary<Expr, int>? _index;
    private bool _indexed;

    /// <summary>The merged factors of the current pass (scratch space for the caller).</summary>
    public List<Expr> Result { get; } = [];

    /// <summary>Float factors met so far, in order (scratch space for the caller).</summary>
    public List<Expr> FloatFactors { get; } = [];

    /// <summary>Number of distinct bases.</summary>
    public int Count => _count;

    /// <summary>A cleared collector for this thread; give it back with <see cref="Release"/>.</summary>
    public static FactorCollector Rent() => t_pool is { Count: > 0 } pool ? pool.Pop() : new FactorCollector();

    /// <summary>Records <paramref name="base"/>^<paramref name="exponent"/>.</summary>
    public void Add(Expr @base, Expr exponent)
    {
        int i = IndexOf(@base);
        if (i >= 0)
        {
            (_moreExponents[i] ??= []).Add(exponent);
            return;
        }
        if (_count == _bases.Length)
        {
            Array.Resize(ref _bases, 2 * _count);
            Array.Resize(ref _firstExponents, 2 * _count);
            Array.Resize(ref _moreExponents, 2 * _count);
        }
        _bases[_count] = @base;
        _firstExponents[_count] = exponent;
        if (_indexed) _index!.Add(@base, _count);
        _count++;
    }

    /// <summary>The i-th base.</summary>
    public Expr Base(int i) => _bases[i];

    /// <summary>The i-th base's exponent: the one given, or the canonical sum of all given, in order.</summary>
    public Expr Exponent(int i)
    {
        if (_moreExponents[i] is not { Count: > 0 } more) return _firstExponents[i];
        var sum = TermCollector.Rent();
        sum.Add(_firstExponents[i]);
        foreach (var e in more) sum.Add(e);
        return sum.ToExpr();
    }

    /// <summary>Forgets the bases (not <see cref="Result"/> or <see cref="FloatFactors"/>).</summary>
    public void ClearBases()
    {
        Array.Clear(_bases, 0, _count);
        Array.Clear(_firstExponents, 0, _count);
        for (int i = 0; i < _count; i++) _moreExponents[i]?.Clear();
        _count = 0;
        if (_indexed)
        {
            _index!.Clear();
            _indexed = false;
        }
    }

    /// <summary>Clears everything and returns this collector to the pool.</summary>
    public void Release()
    {
        ClearBases();
        Result.Clear();
        FloatFactors.Clear();
        (t_pool ??= new Stack<FactorCollector>()).Push(this);
    }

    private int IndexOf(Expr @base)
    {
        if (_indexed) return _index!.TryGetValue(@base, out int i) ? i : -1;
        for (int j = 0; j < _count; j++) if (ReferenceEquals(_bases[j], @base)) return j;
        if (_count >= IndexThreshold)
        {
            _index ??= new Dictionary<Expr, int>(ExprReferenceComparer.Instance);
            for (int j = 0; j < _count; j++) _index.Add(_bases[j], j);
            _indexed = true;
        }
        return -1;
    }
}
