using System.Runtime.CompilerServices;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Series;

/// <summary>
/// The coefficients c_k (k ∈ ℤ, in units of the ramified variable x = u^{1/n}) behind a <see cref="PuiseuxSeries"/>.
/// Coefficients are computed on demand and memoized. Polynomial operations (sums, products, lifts) are
/// <em>transparent</em>: they can produce any coefficient from their inputs. Everything else is <em>cut</em> at an
/// index N (see <see cref="CutStream"/>): its coefficients from N on are placeholder symbols (<see cref="TailSymbols"/>).
/// </summary>
internal abstract class CoefficientStream
{
    /// <summary>Marks "no bound" for <see cref="Reach"/> and <see cref="Degree"/>.</summary>
    public const int Unbounded = int.MaxValue;

    /// <summary>A coefficient depending on more distinct placeholders than this is replaced by a single placeholder
    /// of its own (see <see cref="this[int]"/>).</summary>
    public const int MaxPlaceholders = 8;

    private readonly Lock _gate = new();
    private Expr?[] _memo = [];
    private int? _known;

    protected CoefficientStream(int valuation, int reach, int degree)
    {
        Valuation = valuation;
        Reach = reach;
        Degree = reach == Unbounded ? degree : Unbounded;
    }

    /// <summary>The id under which this stream's own placeholders are created.</summary>
    protected long Owner { get; } = TailSymbols.NewOwner();

    /// <summary>Every coefficient below this index is exactly 0.</summary>
    public int Valuation { get; }

    /// <summary>The classical precision bound: coefficients below it are known whenever the inputs' are (they may
    /// still be known beyond it, through cancellation). <see cref="Unbounded"/> for an exact series.</summary>
    public int Reach { get; }

    /// <summary>For an exact series, an index beyond which every coefficient is 0; otherwise <see cref="Unbounded"/>.</summary>
    public int Degree { get; }

    /// <summary>Whether every coefficient is known (a finite Laurent polynomial in x).</summary>
    public bool IsExact => Reach == Unbounded;

    /// <summary>The coefficient of x^k (0 below <see cref="Valuation"/> or beyond <see cref="Degree"/>).</summary>
    /// <remarks>An unknown coefficient built from more than <see cref="MaxPlaceholders"/> distinct unknowns is
    /// memoized as one fresh unknown τ(this, k) instead. That is sound (it stands for the same unknown value, and
    /// every consumer sees the same symbol, so cancellations through this coefficient survive) and keeps deep
    /// chains such as Θ_ℓ = Θ_{ℓ−1}κ₀ + Σ_ℓ from accumulating one unknown per layer.</remarks>
    public Expr this[int k]
    {
        get
        {
            if (k < Valuation || k > Degree) return Number.Zero;
            int slot = k - Valuation;
            lock (_gate)
            {
                if (slot < _memo.Length && _memo[slot] is { } known) return known;
            }
            if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
                throw new SeriesException(SeriesFailure.TooDeep, "The coefficient recursion is too deep for the stack.");
            var value = Compute(k);
            if (TailSymbols.MoreThan(value, MaxPlaceholders)) value = TailSymbols.Of(Owner, k);
            lock (_gate)
            {
                if (slot >= _memo.Length) Array.Resize(ref _memo, Math.Max(slot + 1, 2 * _memo.Length));
                _memo[slot] ??= value;
                return _memo[slot]!;
            }
        }
    }

    /// <summary>
    /// The exactly known index: the first coefficient that depends on an unknown placeholder, scanning up to
    /// <see cref="Reach"/>; <see cref="Unbounded"/> for an exact series.
    /// </summary>
    public int KnownIndex
    {
        get
        {
            if (IsExact) return Unbounded;
            if (_known is int cached) return cached;
            int known = Reach;
            for (int k = Valuation; k < Reach; k++)
            {
                if (TailSymbols.OccursIn(this[k])) { known = k; break; }
            }
            _known = known;
            return known;
        }
    }

    /// <summary>Computes coefficient k (Valuation ≤ k ≤ Degree).</summary>
    protected abstract Expr Compute(int k);

    /// <summary>a + b without overflowing past <see cref="Unbounded"/>.</summary>
    public static int AddIndex(int a, int b) =>
        a == Unbounded || b == Unbounded ? Unbounded : (int)Math.Clamp((long)a + b, int.MinValue / 2, Unbounded - 1);

    /// <summary>a·m without overflowing past <see cref="Unbounded"/>.</summary>
    public static int ScaleIndex(int a, int m) =>
        a == Unbounded ? Unbounded : (int)Math.Clamp((long)a * m, int.MinValue / 2, Unbounded - 1);
}
